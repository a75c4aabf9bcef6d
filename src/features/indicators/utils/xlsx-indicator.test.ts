// @vitest-environment node
import { expect, test } from 'vitest';
import { createDatasetFixture, TEST_TODAY } from '../../../../mocks/fixtures/dataset';
import { readWorkbook, values } from '../../../../tests/xlsx-reader';
import { formatNumber } from '../../../core/format';
import { parseAreas, parseIndicators, parseMeta, parseObservations, parseSites } from '../../../contract/documents';
import { workbookBlob } from '../../../lib/xlsx/write-workbook';
import { valueRecords, valueRows } from './indicator-export';
import { describeSeries } from './describe-series';
import { indicatorWorkbook, SOURCE_COLUMNS, valuesSheet } from './xlsx-indicator';

const dataset = createDatasetFixture();
const meta = parseMeta(dataset.meta);
const indicator = parseIndicators(dataset.indicators).data.find((item) => item.id === 'energy-use')!;
const describe = (language: 'sv' | 'en') =>
  describeSeries(
    parseObservations(dataset.observations['energy-use'], 'energy-use').data,
    parseAreas(dataset.areas).data,
    parseSites(dataset.sites).data,
    language,
  );
const series = describe('sv');

test('the first columns are the source-file columns data:build reads, headed in the file’s language; the unit has its own column', () => {
  const sheet = valuesSheet(indicator, valueRows(series, 2018, 2019), 'sv');
  // One language per file: the Swedish file has no English header.
  expect(sheet.headers.slice(0, SOURCE_COLUMNS.length)).toEqual(['period', 'stadsdel', 'plats', 'värde', 'kvalitet', 'anteckning_sv', 'anteckning_en']);
  expect(valuesSheet(indicator, [], 'en').headers.slice(0, SOURCE_COLUMNS.length)).toEqual([
    'period',
    'area',
    'site',
    'value',
    'quality',
    'note_sv',
    'note_en',
  ]);
  expect(sheet.headers.slice(SOURCE_COLUMNS.length)).toEqual(['Enhet', 'Stadsdelens namn', 'Platsens namn', 'Kvalitet (text)']);
  expect(valuesSheet(indicator, [], 'en').headers.slice(SOURCE_COLUMNS.length)).toEqual(['Unit', 'District name', 'Site name', 'Quality (text)']);
});

test('rows are what the table shows: visible series, chosen range, periods as text and values as numbers', () => {
  const rows = valueRows(series, 2018, 2019);
  const sheet = valuesSheet(indicator, rows, 'sv');
  expect(sheet.rows.map((row) => row.slice(0, 5))).toEqual([
    [{ kind: 'text', value: '2018' }, { kind: 'text', value: 'alpha' }, null, { kind: 'number', value: 120, decimals: 0 }, { kind: 'text', value: 'measured' }],
    [{ kind: 'text', value: '2018' }, { kind: 'text', value: 'beta' }, null, { kind: 'number', value: 99, decimals: 0 }, { kind: 'text', value: 'measured' }],
    [
      { kind: 'text', value: '2018' },
      { kind: 'text', value: 'alpha' },
      { kind: 'text', value: 'alpha-block-1' },
      { kind: 'number', value: 90, decimals: 0 },
      { kind: 'text', value: 'measured' },
    ],
    [{ kind: 'text', value: '2019' }, { kind: 'text', value: 'alpha' }, null, { kind: 'number', value: 90, decimals: 0 }, { kind: 'text', value: 'measured' }],
    [{ kind: 'text', value: '2019' }, { kind: 'text', value: 'beta' }, null, { kind: 'number', value: 99, decimals: 0 }, { kind: 'text', value: 'measured' }],
    [
      { kind: 'text', value: '2019' },
      { kind: 'text', value: 'alpha' },
      { kind: 'text', value: 'alpha-block-1' },
      { kind: 'number', value: 38, decimals: 0 },
      { kind: 'text', value: 'measured' },
    ],
  ]);
  expect(sheet.rows[2]?.slice(7)).toEqual([
    { kind: 'text', value: 'kWh/m² och år' },
    { kind: 'text', value: 'Alfastaden' },
    { kind: 'text', value: 'Kvarteret Ett' },
    { kind: 'text', value: 'Uppmätt' },
  ]);
});

test('the workbook opened with an independent reader equals the CSV records of the same view, with the About sheet', async () => {
  const visible = describe('en').filter((item) => item.key !== 'beta');
  const rows = valueRows(visible, 2015, 2030);
  const workbook = indicatorWorkbook({
    indicator,
    visible,
    rows,
    from: 2015,
    to: 2030,
    meta,
    language: 'en',
    viewUrl: 'https://dash.example/en/indicators/energy-use',
    downloaded: TEST_TODAY,
  });
  const [data, about] = await readWorkbook(await workbookBlob(workbook));
  if (!data || !about) throw new Error('expected two sheets');
  expect(data.name).toBe('Values');
  expect(data.frozenRows).toBe(1);
  const records = valueRecords(indicator, rows, 'en');
  const body = data.rows.slice(1);
  expect(body).toHaveLength(records.length);
  body.forEach((row, index) => {
    const record = records[index];
    expect(row[0]).toMatchObject({ type: 'string', value: record?.period, numFmt: '@' });
    expect(row[3]).toMatchObject({ type: 'number', value: record?.value, numFmt: '#,##0' });
    // What Excel shows with the format equals what the table shows.
    expect(formatNumber(row[3]?.value as number, 'en', indicator.decimals)).toBe(formatNumber(record?.value as number, 'en', indicator.decimals));
    expect(row[4]?.value).toBe(record?.quality);
    expect(row[7]?.value).toBe('kWh/m² per year');
  });
  const aboutLines = values(about);
  expect(about.name).toBe('About the data');
  expect(aboutLines.find((line) => line[0] === 'The first sheet shows')?.[1]).toBe(
    `Energy use, 2015–2030: Alpha Town, Block One (Alpha Town). ${records.length} rows.`,
  );
  expect(aboutLines.find((line) => line[0] === 'Source')?.[1]).toBe('Testkällan energi (https://example.org/energy)');
  expect(aboutLines.find((line) => line[0] === 'Unit of the value column')?.[1]).toBe('kWh/m² per year');
  expect(aboutLines.find((line) => line[0] === 'Columns')?.[1]).toMatch(/period, area, site, value, quality, note_sv and note_en/);
});

test('a row without a value has no quality, in the code column or in words', () => {
  const row = valueRows(series, 2018, 2019)[0]!;
  const sheet = valuesSheet(indicator, [{ ...row, point: { ...row.point, value: null, quality: 'measured' } }], 'sv');
  expect(sheet.rows[0]?.[3]).toBeNull();
  expect(sheet.rows[0]?.[4]).toBeNull();
  expect(sheet.rows[0]?.at(-1)).toBeNull();
});
