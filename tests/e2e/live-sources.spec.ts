/**
 * What data:build adds to the embedded dataset, in the browser: a reference area (Stockholm as a
 * whole, no geometry) drawn as a thin dashed line named after it and given a column in the
 * chart's table, in Swedish and English, axe clean; a stale indicator shows its notice. The
 * dataset is a modified copy of the built one, served through the harness's overrides.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, DIST, mainHeading, openPage, shareServerAndBrowser, waitForContent } from './harness';

const DATA = join(DIST, 'data/v1');
const read = (path: string) => JSON.parse(readFileSync(join(DATA, path), 'utf8')) as Record<string, unknown> & { series?: unknown[]; features?: unknown[] };

const REFERENCE_INDICATOR = 'electric-car-share';
const STALE_INDICATOR = 'rental-share';

const areas = read('areas.geojson');
areas.features = [
  ...(areas.features ?? []),
  {
    type: 'Feature',
    id: 'stockholm',
    geometry: null,
    properties: { name: { sv: 'Hela Stockholm', en: 'Stockholm as a whole' }, role: 'reference' },
  },
];

const referenceObservations = read(`observations/${REFERENCE_INDICATOR}.json`);
referenceObservations.series = [
  ...(referenceObservations.series ?? []),
  {
    areaId: 'stockholm',
    // Illustrative values in the shape Kolada's N07945 gives them (a share, one value a year).
    points: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year, index) => ({
      period: String(year),
      value: [1.1, 1.5, 2.2, 3.1, 4.4, 6.9, 10.2, 14.1, 17.8, 20.5][index],
      quality: 'measured',
      note: { sv: 'Källa: Kolada, N07945', en: 'Source: Kolada, N07945' },
    })),
    source: { name: 'Kolada', url: 'https://api.kolada.se/v3/data/kpi/N07945/municipality/0180', retrievedAt: '2026-11-20T04:00:00Z' },
  },
];

const staleObservations = { ...read(`observations/${STALE_INDICATOR}.json`), stale: true, staleSince: '2026-11-27T04:00:00Z' };

const shared = shareServerAndBrowser({
  '/data/v1/areas.geojson': areas,
  [`/data/v1/observations/${REFERENCE_INDICATOR}.json`]: referenceObservations,
  [`/data/v1/observations/${STALE_INDICATOR}.json`]: staleObservations,
});

const cases = [
  { language: 'sv', prefix: '', reference: 'Hela Stockholm (jämförelse)', tableTab: 'Tabell', chartTab: 'Diagram' },
  { language: 'en', prefix: '/en', reference: 'Stockholm as a whole (comparison)', tableTab: 'Table', chartTab: 'Chart' },
] as const;

for (const { language, prefix, reference, tableTab } of cases) {
  test(`an indicator with a reference area in ${language}: dashed line, legend, table column, axe clean`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.server.url}${prefix}/indicators/${REFERENCE_INDICATOR}`);
      await mainHeading(page);
      await waitForContent(page);
      assert.equal(await page.getAttribute('html', 'lang'), language);

      // The chart: a dashed line of its own, named in the legend.
      const line = page.locator('.ts-series--reference .ts-line');
      await line.waitFor({ state: 'attached', timeout: 15_000 });
      assert.equal(await line.getAttribute('stroke-dasharray'), '6 4');
      assert.equal(await page.locator('.chart-legend li', { hasText: reference }).count(), 1);
      // Its series can be switched off like any other.
      assert.equal(await page.getByRole('checkbox', { name: reference }).isChecked(), true);
      assert.deepEqual(await axeViolations(page), [], 'axe on the chart');

      // The table: a column named after the reference area, with its values.
      await page.getByRole('tab', { name: tableTab }).click();
      const table = page.getByRole('table').first();
      const header = table.getByRole('columnheader', { name: reference });
      await header.waitFor({ timeout: 15_000 });
      const column = await table.locator('thead th').evaluateAll((cells, name) => cells.findIndex((cell) => cell.textContent === name), reference);
      const values = await table.locator(`tbody tr td:nth-child(${column + 1})`).allInnerTexts();
      assert.ok(
        values.some((value) => value.trim() === '21'),
        `the column shows Stockholm's values (got ${values.join(', ')})`,
      );
      assert.deepEqual(await axeViolations(page), [], 'axe on the table');
      assert.deepEqual(errors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });
}

test('the reference area is never a district: not on the start page or in the catalogue filter', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.goto(`${shared.server.url}/`);
    await mainHeading(page);
    await waitForContent(page);
    assert.equal(await page.getByRole('heading', { level: 3, name: 'Hela Stockholm' }).count(), 0);
    await page.goto(`${shared.server.url}/indicators`);
    await waitForContent(page);
    const options = await page.getByRole('combobox', { name: 'Stadsdel' }).locator('option').allInnerTexts();
    assert.ok(!options.includes('Hela Stockholm'), `district filter: ${options.join(', ')}`);
    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await context.close();
  }
});

for (const { language, prefix } of cases) {
  test(`a stale indicator shows its notice in ${language}`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.server.url}${prefix}/indicators/${STALE_INDICATOR}`);
      await mainHeading(page);
      await waitForContent(page);
      const notice = page.getByRole('note');
      await notice.waitFor({ timeout: 15_000 });
      const text = (await notice.innerText()).trim();
      assert.match(
        text,
        language === 'sv'
          ? /^Källan kunde inte läsas vid senaste uppdateringen den 27 november 2026; värdena är från \d{4}\.$/
          : /^The source could not be read at the last update on 27 November 2026; the values are from \d{4}\.$/,
      );
      assert.deepEqual(await axeViolations(page), [], 'axe');
      assert.deepEqual(errors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });
}
