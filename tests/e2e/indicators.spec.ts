/**
 * The catalogue, an indicator page per domain and the embed, on the production build with the
 * embedded dataset, in Swedish and English: one h1, no console errors, axe (WCAG 2.1 A/AA) finds
 * nothing; a copied link opens the same view; the embed renders alone; internal indicators
 * appear nowhere; the catalogue turns into cards on a phone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, DIST, mainHeading, makeChartLive, openPage, shareServerAndBrowser, waitForChartDrawing, waitForContent } from './harness';

interface IndicatorEntry {
  id: string;
  domain: string;
  visibility: string;
  name: { sv?: string; en?: string };
}

const { indicators } = JSON.parse(readFileSync(join(DIST, 'data/v1/indicators.json'), 'utf8')) as { indicators: IndicatorEntry[] };
const publicIndicators = indicators.filter((indicator) => indicator.visibility === 'public');
// Internal indicators are built into data/internal/v1 (never into the published dist/data/v1):
// the tests check that their ids and names appear nowhere in the public dashboard.
const internal = (JSON.parse(readFileSync(join(import.meta.dirname, '../../data/internal/v1/indicators.json'), 'utf8')) as { indicators: IndicatorEntry[] })
  .indicators;
assert.ok(!indicators.some((indicator) => indicator.visibility === 'internal'), 'the published dataset holds no internal indicator');
const onePerDomain = ['energy', 'mobility', 'housing'].map((domain) => {
  const found = publicIndicators.find((indicator) => indicator.domain === domain);
  assert.ok(found, `the dataset has a public ${domain} indicator`);
  return found;
});

const shared = shareServerAndBrowser();

const localized = (language: 'sv' | 'en', path: string) => (language === 'sv' ? path : `/en${path}`);

async function checkPage(page: Page, errors: string[], path: string, language: 'sv' | 'en') {
  await page.goto(`${shared.server.url}${path}`);
  const heading = await mainHeading(page);
  await waitForContent(page);
  assert.equal(await page.getAttribute('html', 'lang'), language);
  assert.equal(await page.locator('h1').count(), 1, 'one h1 per page');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe violations on ${path}`);
  assert.deepEqual(errors, [], 'no console errors');
  return heading;
}

for (const language of ['sv', 'en'] as const) {
  test(`the catalogue in ${language}: every public indicator, no internal one, axe clean`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      const heading = await checkPage(page, errors, localized(language, '/indicators'), language);
      assert.equal(heading, language === 'sv' ? 'Indikatorer' : 'Indicators');
      const table = page.getByRole('table');
      const linked = new Set(
        await table
          .getByRole('rowheader')
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      );
      for (const indicator of publicIndicators) {
        assert.ok(linked.has(localized(language, `/indicators/${indicator.id}`)), `${indicator.id} is listed`);
      }
      const text = await page.locator('main').innerText();
      for (const indicator of internal) {
        assert.ok(!linked.has(localized(language, `/indicators/${indicator.id}`)), `${indicator.id} is not listed`);
        const name = indicator.name[language];
        if (name) assert.ok(!text.includes(name), `the internal indicator "${name}" does not appear`);
      }
      // Sorting writes to the URL.
      await table.getByRole('button', { name: 'Status', exact: true }).click();
      await page.waitForURL(/sort=status/);
      const sorted = page.locator('th[aria-sort="ascending"]');
      await sorted.waitFor();
      assert.equal((await sorted.innerText()).trim(), 'Status');
    } finally {
      await context.close();
    }
  });

  for (const indicator of onePerDomain) {
    test(`the ${indicator.domain} indicator page (${indicator.id}) in ${language}: finding, chart, table, metadata, axe clean`, async () => {
      const { page, context, errors } = await openPage(shared.browser);
      try {
        const heading = await checkPage(page, errors, localized(language, `/indicators/${indicator.id}`), language);
        assert.equal(heading, indicator.name[language]);
        // Drawn first as plain SVG; pointing at it brings the interactive chart.
        await makeChartLive(page);
        assert.ok((await page.locator('.findings__sentence').count()) >= 1, 'a generated sentence comes first');
        // The table tab, reached and opened with the keyboard.
        const chartTab = page.getByRole('tab', { name: language === 'sv' ? 'Diagram' : 'Chart' });
        await chartTab.focus();
        await page.keyboard.press('ArrowRight');
        const valuesTable = page.getByRole('table', { name: language === 'sv' ? /alla värden/ : /every value/ });
        await valuesTable.waitFor();
        assert.ok((await valuesTable.getByRole('row').count()) > 2, 'the table has values');
        await page.waitForURL(/view=table/);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], 'axe violations on the table tab');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('a copied link opens the same view: range, series and tab', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.url });
  try {
    const indicator = onePerDomain[0] as IndicatorEntry;
    await page.goto(`${shared.server.url}/en/indicators/${indicator.id}`);
    await waitForContent(page);
    await page.getByRole('combobox', { name: 'From' }).selectOption('2017');
    await page.getByRole('combobox', { name: 'To' }).selectOption('2022');
    const checkboxes = page.getByRole('group', { name: 'Series' }).getByRole('checkbox');
    await checkboxes.first().uncheck();
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: /every value/ });
    await table.waitFor();
    const shown = await table.innerText();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('The link has been copied').waitFor({ state: 'attached' });
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/en\/indicators\//);
    assert.match(link, /from=2017/);
    assert.match(link, /to=2022/);
    assert.match(link, /view=table/);

    const other = await context.newPage();
    await other.goto(link);
    await waitForContent(other);
    const reopened = other.getByRole('table', { name: /every value/ });
    await reopened.waitFor();
    assert.equal(await reopened.innerText(), shown, 'the same values in the same order');
    assert.equal(await other.getByRole('combobox', { name: 'From' }).inputValue(), '2017');
    assert.equal(await other.getByRole('combobox', { name: 'To' }).inputValue(), '2022');
    assert.equal(await other.getByRole('group', { name: 'Series' }).getByRole('checkbox').first().isChecked(), false);
    assert.equal(await other.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), 'true');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const language of ['sv', 'en'] as const) {
  test(`the embed renders alone in ${language}: one main, one h1, chart, sentence and source, axe clean`, async () => {
    const { page, context, errors } = await openPage(shared.browser, { viewport: { width: 640, height: 600 } });
    try {
      const indicator = onePerDomain[2] as IndicatorEntry;
      const heading = await checkPage(page, errors, localized(language, `/embed/indicators/${indicator.id}`), language);
      assert.equal(heading, indicator.name[language]);
      await waitForChartDrawing(page);
      assert.equal(await page.getByRole('main').count(), 1, 'one main landmark');
      assert.equal(await page.locator('header, nav, footer, .site-header, .site-footer').count(), 0, 'no site header, navigation or footer');
      assert.ok((await page.locator('.findings__sentence').count()) >= 1, 'the sentence');
      assert.ok(await page.locator('.embed__source a').first().isVisible(), 'the source');
      assert.equal(await page.getByRole('tablist').count(), 0, 'no tabs, only the chart');
    } finally {
      await context.close();
    }
  });
}

test('an internal indicator is not found, and its observations are never requested', async () => {
  const target = internal[0];
  assert.ok(target, 'the dataset has an internal indicator');
  const { page, context, errors } = await openPage(shared.browser);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  try {
    await page.goto(`${shared.server.url}/indicators/${target.id}`);
    assert.equal(await mainHeading(page), 'Indikatorn finns inte');
    await page.goto(`${shared.server.url}/embed/indicators/${target.id}`);
    assert.equal(await mainHeading(page), 'Indikatorn finns inte');
    assert.ok(!requested.some((path) => path.includes(`observations/${target.id}`)), 'no request for its observations');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('on a phone the catalogue shows cards and the pages do not scroll sideways', async () => {
  const { page, context, errors } = await openPage(shared.browser, { viewport: { width: 375, height: 740 } });
  try {
    await checkPage(page, errors, '/indicators', 'sv');
    assert.equal(await page.getByRole('table').count(), 0, 'the wide table is hidden');
    assert.ok((await page.locator('.catalogue-card').count()) >= publicIndicators.length, 'one card per row');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok((await overflow()) <= 0, 'no horizontal scroll on the catalogue');
    await page.goto(`${shared.server.url}/indicators/${(onePerDomain[0] as IndicatorEntry).id}`);
    await waitForContent(page);
    await waitForChartDrawing(page);
    assert.ok((await overflow()) <= 0, 'no horizontal scroll on the indicator page');
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await context.close();
  }
});
