/**
 * The Excel downloads in a real browser, on the production build with the embedded dataset, in
 * Swedish and English: the catalogue, an indicator page and the summary comparison each give a
 * valid .xlsx (opened here with exceljs, an independent reader) whose rows are the rows shown;
 * the writer is fetched only when the button is pressed; axe finds nothing; no console errors.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { readWorkbook, values, type ReadSheet } from '../xlsx-reader';
import { axeViolations, DIST, mainHeading, openPage, shareServerAndBrowser, waitForContent } from './harness';

interface IndicatorEntry {
  id: string;
  visibility: string;
}

const { indicators } = JSON.parse(readFileSync(join(DIST, 'data/v1/indicators.json'), 'utf8')) as { indicators: IndicatorEntry[] };
const indicator = indicators.find((entry) => entry.visibility === 'public');
assert.ok(indicator, 'the dataset has a public indicator');

const shared = shareServerAndBrowser();
const localized = (language: 'sv' | 'en', path: string) => (language === 'sv' ? path : `/en${path}`);
const WRITER = /\/assets\/universal-[^/]+\.js$/;

/** Presses the Excel button and opens the file it saves. */
async function downloadExcel(page: Page, language: 'sv' | 'en'): Promise<{ name: string; sheets: ReadSheet[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: language === 'sv' ? 'Ladda ner Excel' : 'Download Excel' }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), sheets: await readWorkbook(new Uint8Array(Buffer.concat(chunks))) };
}

async function bodyRowTexts(page: Page, tableName: RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: tableName });
  // The phone layout repeats a row's note on a line of its own (hidden from assistive technology): not a data row.
  return table
    .locator('tbody tr:not([aria-hidden="true"])')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

async function open(path: string) {
  const opened = await openPage(shared.browser);
  const requested: string[] = [];
  opened.page.on('request', (request) => requested.push(request.url()));
  await opened.page.goto(`${shared.server.url}${path}`);
  await mainHeading(opened.page);
  await waitForContent(opened.page);
  return { ...opened, requested };
}

function assertAboutSheet(about: ReadSheet | undefined, language: 'sv' | 'en', path: string) {
  assert.ok(about, 'a second sheet');
  assert.equal(about.name, language === 'sv' ? 'Om datan' : 'About the data');
  const lines = new Map(values(about).map((row) => [row[0], row[1]]));
  for (const label of language === 'sv' ? ['Källa', 'Licens', 'Datan uppdaterad', 'Citera så här'] : ['Source', 'Licence', 'Data updated', 'How to cite']) {
    assert.ok(lines.get(label), `"${label}" on the second sheet`);
  }
  assert.ok(String(lines.get(language === 'sv' ? 'Länk till samma vy' : 'Link to the same view')).endsWith(path), 'the link opens the same view');
}

for (const language of ['sv', 'en'] as const) {
  test(`the catalogue's Excel file in ${language} holds the rows shown, as numbers; the writer loads only on request`, async () => {
    const path = localized(language, '/indicators?domain=energy&sort=district');
    const { page, context, errors, requested } = await open(path);
    try {
      assert.equal(requested.filter((url) => WRITER.test(url)).length, 0, 'the xlsx writer is not loaded with the page');
      const shown = await bodyRowTexts(page, language === 'sv' ? /Indikatorer per stadsdel/ : /Indicators by district/);
      assert.ok(shown.length > 0, 'the table has rows');
      const { name, sheets } = await downloadExcel(page, language);
      assert.equal(name, 'indicators.xlsx');
      assert.equal(requested.filter((url) => WRITER.test(url)).length, 1, 'the writer is fetched when the button is pressed');
      const [data, about] = sheets;
      assert.ok(data);
      assert.equal(data.frozenRows, 1, 'the header row is frozen');
      const [header = [], ...rows] = values(data);
      assert.equal(rows.length, shown.length, 'one row per table row');
      // Indicator and district name of each row, in the table's order.
      assert.deepEqual(
        rows.map((row) => `${String(row[0])} | ${String(row[2])}`),
        shown.map((cells) => `${cells[0]} | ${cells[2]}`),
      );
      const latest = header.indexOf(language === 'sv' ? 'Senaste värde (i enheten)' : 'Latest value (in the unit)');
      assert.ok(latest >= 0, 'a value header that names the unit');
      assert.ok(
        data.rows.slice(1).every((row) => row[latest]?.type === 'number' || row[latest]?.type === 'empty'),
        'values are number cells',
      );
      assertAboutSheet(about, language, path);
      await page.getByRole('status').filter({ hasText: 'indicators.xlsx' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe violations after the download');
      assert.deepEqual(errors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });

  test(`the indicator page's Excel file in ${language} holds the table's rows in the source-file columns`, async () => {
    const path = localized(language, `/indicators/${indicator.id}?view=table`);
    const { page, context, errors } = await open(path);
    try {
      const shown = await bodyRowTexts(page, language === 'sv' ? /alla värden i vald period/ : /every value in the chosen period/);
      assert.ok(shown.length > 0, 'the table has rows');
      const { name, sheets } = await downloadExcel(page, language);
      assert.match(name, new RegExp(`^${indicator.id}_\\d{4}(-\\d{4})?\\.xlsx$`));
      const [data, about] = sheets;
      assert.ok(data);
      const [header = [], ...rows] = values(data);
      // One language per file: the Swedish file heads the source columns in Swedish (the build reads either).
      const sourceColumns =
        language === 'sv'
          ? ['period', 'stadsdel', 'plats', 'värde', 'kvalitet', 'anteckning_sv', 'anteckning_en']
          : ['period', 'area', 'site', 'value', 'quality', 'note_sv', 'note_en'];
      assert.deepEqual(header.slice(0, 7), sourceColumns);
      assert.equal(rows.length, shown.length, 'one row per table row');
      assert.ok(
        data.rows.slice(1).every((row) => row[0]?.type === 'string' && (row[3]?.type === 'number' || row[3]?.type === 'empty')),
        'periods are text, values are numbers',
      );
      // The quality in words is the table's quality column, row for row.
      assert.deepEqual(
        rows.map((row) => row[10]),
        shown.map((cells) => cells[3]),
      );
      assertAboutSheet(about, language, path);
      assert.deepEqual(await axeViolations(page), [], 'axe violations after the download');
      assert.deepEqual(errors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });
}

test('the summary comparison downloads as Excel with one row per district cell', async () => {
  const path = '/en/summary?compare=per-resident';
  const { page, context, errors } = await open(path);
  try {
    const cells = await page.locator('.target-cell').count();
    assert.ok(cells > 0, 'the cards show district cells');
    const { sheets } = await downloadExcel(page, 'en');
    const [data, about] = sheets;
    assert.ok(data);
    assert.equal(data.name, 'Comparison');
    assert.equal(values(data).length - 1, cells);
    assertAboutSheet(about, 'en', path);
    assert.deepEqual(await axeViolations(page), [], 'axe violations');
    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await context.close();
  }
});

/** Presses a download button and returns the file's name and bytes. */
async function downloadBytes(page: Page, name: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

for (const language of ['sv', 'en'] as const) {
  test(`"${language === 'sv' ? 'Ladda ner bild' : 'Download image'}" gives the chart as shown as PNG and SVG, with title, source line and sample-data note, in ${language}`, async () => {
    const { page, context, errors, requested } = await open(localized(language, `/indicators/${indicator.id}`));
    try {
      await page.locator('.ts-chart svg').first().waitFor();
      const meta = JSON.parse(readFileSync(join(DIST, 'data/v1/meta.json'), 'utf8')) as { isSample?: boolean };
      const entry = JSON.parse(readFileSync(join(DIST, 'data/v1/indicators.json'), 'utf8')).indicators.find(
        (item: IndicatorEntry) => item.id === indicator.id,
      ) as {
        name: Record<string, string>;
        source: { name: string };
      };
      const before = requested.length;
      const png = await downloadBytes(page, language === 'sv' ? /^Ladda ner bild \(PNG\)$/i : /^Download image \(PNG\)$/i);
      assert.match(png.name, /\.png$/);
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
      const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
      assert.ok(width >= 600 && height >= 400 && width < 6000 && height < 6000, `a sensible size: ${width} × ${height}`);
      assert.ok(png.bytes.length > 10_000, `a picture, not an empty canvas (${png.bytes.length} bytes)`);
      assert.ok(
        requested.slice(before).some((url) => /chart-image/.test(url)),
        'the picture maker was fetched when the button was pressed (not before)',
      );
      assert.ok(!requested.slice(0, before).some((url) => /chart-image/.test(url)), 'and not with the page');

      const svg = await downloadBytes(page, language === 'sv' ? /^Ladda ner bild \(SVG\)$/i : /^Download image \(SVG\)$/i);
      assert.match(svg.name, /\.svg$/);
      const text = svg.bytes.toString('utf8');
      assert.match(text, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const escaped = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      assert.ok(text.includes(escaped(entry.name[language] ?? '')), 'the title');
      assert.ok(text.includes(`${language === 'sv' ? 'Källa' : 'Source'}: ${escaped(entry.source.name)}`), 'the source line');
      if (meta.isSample) assert.ok(text.includes(language === 'sv' ? 'Exempeldata:' : 'Sample data:'), 'the sample-data note');
      assert.ok((text.match(/<path/g) ?? []).length > 3, 'the chart’s lines');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
