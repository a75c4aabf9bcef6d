/**
 * The dashboard shows any dataset that follows the contract: served a dataset of a made-up city
 * (mocks/fixtures/dataset.ts), no page in either language names a place of the embedded
 * Stockholm dataset. Every sentence about "where" must come from the data.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDatasetFixture } from '../../mocks/fixtures/dataset';
import { listRoutes } from '../../scripts/prerender-routes';
import { mainHeading, openPage, shareServerAndBrowser, waitForContent } from './harness';

const dataset = createDatasetFixture();
const documents: Record<string, unknown> = {
  '/data/v1/meta.json': dataset.meta,
  '/data/v1/areas.geojson': dataset.areas,
  '/data/v1/indicators.json': dataset.indicators,
  '/data/v1/goals.json': dataset.goals,
  '/data/v1/sites.geojson': dataset.sites,
  '/data/v1/events.json': dataset.events,
  '/data/v1/changes.json': { apiVersion: '1', updates: [] },
  '/data/v1/build-report.json': { apiVersion: '1', builtAt: '2026-05-20T08:00:00Z', durationMs: 0, indicators: [], warnings: [] },
  ...Object.fromEntries(Object.entries(dataset.observations).map(([id, document]) => [`/data/v1/observations/${id}.json`, document])),
};
const shared = shareServerAndBrowser(documents);

const PLACES = /Stockholm|Årsta|Arsta|Norra Djurgårdsstaden|Djurgård/i;
const indicatorIds = dataset.indicators.indicators.filter((indicator) => indicator.visibility !== 'internal').map((indicator) => indicator.id);
const areaIds = dataset.areas.features.map((area) => String(area.id));
// Every page in Swedish (no prefix) and English, embeds included.
const paths = listRoutes(indicatorIds, areaIds)
  .filter((route) => route.language !== 'sv')
  .map((route) => route.path);

test('no page, in either language, names a place of the embedded dataset when another dataset is served', async () => {
  assert.ok(paths.includes('/about') && paths.includes('/en/about'), 'the About page is among the pages');
  const { page, context } = await openPage(shared.browser);
  try {
    const named: string[] = [];
    for (const path of paths) {
      await page.goto(`${shared.server.url}${path}`);
      await mainHeading(page);
      await waitForContent(page);
      // The foreign dataset is on screen (its title or a district's name), so the check means something.
      const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
      assert.match(text, /Alfastaden|Alpha Town|Betahamnen|Beta Harbour|Testdata|Test data|Testkällan|Testförvaltningen/, `${path} shows the served dataset`);
      const found = PLACES.exec(text);
      if (found) named.push(`${path}: "${text.slice(Math.max(0, found.index - 60), found.index + 40).replace(/\s+/g, ' ')}"`);
    }
    assert.deepEqual(named, []);
  } finally {
    await context.close();
  }
});
