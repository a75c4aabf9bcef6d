import { DIST, launchBrowser, openPage, startStaticServer, waitForContent } from '../tests/e2e/harness';
const server = await startStaticServer(DIST);
const browser = await launchBrowser();
const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
await page.goto(`${server.url}${process.argv[2] ?? '/'}`);
await waitForContent(page);
console.log(await page.evaluate(`JSON.stringify([...document.querySelectorAll('.site-header__inner > *')].map(e => [e.className, JSON.stringify(e.getBoundingClientRect())]))`));
await page.screenshot({ path: '/tmp/issue9-probe.png' });
await context.close(); await browser.close(); await server.close();
