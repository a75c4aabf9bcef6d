/**
 * Takes the README's screenshots of the production build (start, indicator, summary and map pages,
 * Swedish, on a 390×844 phone and a 1280×900 desktop). Run after `npx vite build`:
 *   npx tsx tools/screenshots.ts <prefix>      (e.g. "after" → docs/screenshots/after-start-phone.png)
 * Only the first screen is captured: it is what a visitor sees before scrolling.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, launchBrowser, openPage, startStaticServer, waitForContent } from '../tests/e2e/harness';

const prefix = process.argv[2] ?? 'after';
const outDir = resolve(import.meta.dirname, '../docs/screenshots');
const indicators = JSON.parse(readFileSync(join(DIST, 'data/v1/indicators.json'), 'utf8')) as { indicators: Array<{ id: string; visibility: string }> };
const indicatorId = process.argv[3] ?? indicators.indicators.find((indicator) => indicator.visibility === 'public')?.id ?? 'missing';

const pages = { start: '/', indicator: `/indicators/${indicatorId}`, summary: '/summary', map: '/map' };
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

const server = await startStaticServer(DIST);
const browser = await launchBrowser();
try {
  for (const [viewportName, viewport] of Object.entries(viewports)) {
    for (const [pageName, path] of Object.entries(pages)) {
      const { page, context } = await openPage(browser, { viewport });
      await page.goto(`${server.url}${path}`);
      await waitForContent(page);
      if (pageName === 'map')
        await page
          .locator('.maplibregl-canvas, .map-fallback, [data-map-ready]')
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => undefined);
      const file = join(outDir, `${prefix}-${pageName}-${viewportName}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
