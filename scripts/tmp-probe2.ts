import { DIST, launchBrowser, openPage, startStaticServer, waitForContent } from '../tests/e2e/harness';
const server = await startStaticServer(DIST);
const browser = await launchBrowser();
const { page, context } = await openPage(browser, { viewport: { width: Number(process.argv[3] ?? 1280), height: 900 } });
await page.goto(`${server.url}${process.argv[2] ?? '/'}`);
await waitForContent(page);
console.log(await page.evaluate(process.argv[4] ?? '1'));
await page.screenshot({ path: '/tmp/issue9-probe.png' });
await context.close(); await browser.close(); await server.close();
