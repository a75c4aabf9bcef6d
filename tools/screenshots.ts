/**
 * Takes the screenshots the docs show, from the production build on a 390×844 phone (Swedish):
 * a goal card of the summary (docs/summary.md), the map page's first screen and a site's sheet
 * (docs/map.md). Run after `npm run build`:
 *   npx tsx tools/screenshots.ts
 * The PNGs are then made small with Debian's pngquant (`pngquant --force --ext .png docs/screenshots/*.png`)
 * so the clone stays light.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, launchBrowser, openPage, startStaticServer, waitForContent } from '../tests/e2e/harness';

const outDir = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(outDir, { recursive: true });
const phone = { width: 390, height: 844 };

const server = await startStaticServer(DIST);
const browser = await launchBrowser();
try {
  const summary = await openPage(browser, { viewport: phone });
  await summary.page.goto(`${server.url}/summary`);
  await waitForContent(summary.page);
  await summary.page
    .locator('.goal-card')
    .first()
    .screenshot({ path: join(outDir, 'summary-goal-card-phone.png') });
  await summary.context.close();

  const map = await openPage(browser, { viewport: phone });
  await map.page.goto(`${server.url}/map`);
  await waitForContent(map.page);
  await map.page.locator('.map-preview__picture').waitFor();
  await map.page.screenshot({ path: join(outDir, 'map-phone.png') });
  // A site with its own series shows before → after; a shared link to it opens its sheet.
  await map.page.goto(`${server.url}/map?site=valla-torg-6f`);
  await map.page.locator('.site-panel').waitFor();
  await map.page.locator('.site-results').first().scrollIntoViewIfNeeded();
  await map.page.screenshot({ path: join(outDir, 'site-sheet-phone.png') });
  await map.context.close();
} finally {
  await browser.close();
  await server.close();
}
