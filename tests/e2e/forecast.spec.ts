/**
 * The forecast in the production build with the embedded dataset, in Swedish and English: the
 * sentence per district on the indicator page, the dashed projection and its band in the first
 * drawing and in the interactive chart, the legend and the table of projected values; the
 * catalogue's Prognos/Forecast column and its sort; the summary's count; the embed. Axe clean.
 * The brief's single A4 page is checked by summary.spec.ts (the goal cards carry the forecast line).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, mainHeading, makeChartLive, openPage, shareServerAndBrowser, waitForChartDrawing, waitForContent } from './harness';

const shared = shareServerAndBrowser();

async function open(path: string) {
  const opened = await openPage(shared.browser);
  await opened.page.goto(`${shared.server.url}${path}`);
  await mainHeading(opened.page);
  await waitForContent(opened.page);
  return opened;
}

const SENTENCE = {
  sv: 'I den takt det gått de senaste fem åren nås målet 2036, sex år efter målåret (troligen mellan 2034 och 2040).',
  en: 'At the pace of the last five years the target will be reached in 2036, six years after the target year (likely between 2034 and 2040).',
};

for (const language of ['sv', 'en'] as const) {
  const prefix = language === 'sv' ? '' : '/en';

  test(`indicator page (${language}): the forecast sentence, the projection and band on both charts, the legend, the projected table, axe clean`, async () => {
    const { page, context, errors } = await open(`${prefix}/indicators/building-energy-use`);
    try {
      const forecasts = await page.locator('.findings__forecast').allInnerTexts();
      assert.ok(
        forecasts.some((text) => text.includes(SENTENCE[language])),
        `the sentence for Norra Djurgårdsstaden in ${language}: ${forecasts.join(' | ')}`,
      );
      assert.ok(
        forecasts.some((text) => /61[,.]7/.test(text) && /59[,.]8/.test(text) && /63[,.]5/.test(text)),
        'the value at the target year with its range',
      );
      await waitForChartDrawing(page);
      assert.equal(await page.locator('.ts-static .ts-projection').count(), 1, 'one projection in the first drawing (Årsta is achieved)');
      assert.match((await page.locator('.ts-static .ts-projection__band').getAttribute('d')) ?? '', /Z$/, 'the band is a closed area');
      assert.equal(await page.locator('.ts-static .ts-projection__line').getAttribute('stroke-dasharray'), '3 4', 'the projection is dashed');
      const legend = await page.locator('.chart-legend--projection').innerText();
      assert.match(legend, language === 'sv' ? /Prognos.*\n?.*80\s%/s : /Forecast.*\n?.*80%/s);
      await makeChartLive(page);
      await page.locator('.recharts-wrapper .ts-projection__line').first().waitFor({ state: 'attached', timeout: 15_000 });
      assert.deepEqual(await axeViolations(page), [], 'axe on the indicator page with the forecast');

      await page.getByRole('tab', { name: language === 'sv' ? 'Tabell' : 'Table' }).click();
      const projected = page.locator('table.data-table__projected');
      await projected.waitFor({ state: 'visible', timeout: 15_000 });
      assert.match(await projected.locator('caption').innerText(), language === 'sv' ? /inte mätta/ : /not measured/);
      const rows = await projected.locator('tbody tr').allInnerTexts();
      assert.equal(rows.length, 5, 'one row a year, 2026–2030');
      assert.match(rows.at(-1) ?? '', /2030/);
      assert.deepEqual(await axeViolations(page), [], 'axe on the table view');
      assert.deepEqual(errors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });

  test(`catalogue (${language}): the forecast column and its sort`, async () => {
    const { page, context, errors } = await open(`${prefix}/indicators`);
    try {
      const header = page.getByRole('button', { name: language === 'sv' ? 'Prognos' : 'Forecast', exact: true });
      await header.click();
      await page.waitForURL(/sort=forecast/);
      const verdicts = await page
        .locator('.catalogue__table tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.querySelector('[data-forecast]')?.getAttribute('data-forecast') ?? 'none'));
      const firstNone = verdicts.indexOf('none');
      assert.deepEqual(verdicts.slice(0, 3), ['in-time', 'in-time', 'in-time'], verdicts.join(','));
      assert.ok(firstNone > 0 && verdicts.slice(firstNone).every((verdict) => verdict === 'none'), 'rows without a forecast last');
      assert.ok((await page.locator('.catalogue__table').innerText()).includes(language === 'sv' ? '6 år sent' : '6 years late'), 'the years-late label');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`summary (${language}): the count of remaining targets reached in time, a forecast line per open target`, async () => {
    const { page, context, errors } = await open(`${prefix}/summary`);
    try {
      await page.locator('article.goal-card').first().waitFor({ state: 'visible' });
      assert.equal(
        await page.locator('.summary-overall__forecast').innerText(),
        language === 'sv' ? 'I nuvarande takt nås 3 av 9 återstående mål i tid.' : 'At the current pace 3 of the 9 remaining targets will be met in time.',
      );
      assert.equal(await page.locator('.target-cell__forecast').count(), 9, 'one forecast line per target not yet achieved');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`embed (${language}): the projection and the sentence`, async () => {
    const { page, context, errors } = await open(`${prefix}/embed/indicators/building-energy-use`);
    try {
      await waitForChartDrawing(page);
      assert.equal(await page.locator('.ts-static .ts-projection').count(), 1);
      assert.ok((await page.locator('.findings__forecast').allInnerTexts()).some((text) => text.includes(SENTENCE[language])));
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
