// @vitest-environment node
import { expect, test } from 'vitest';
import { createDatasetFixture, TEST_TODAY } from '../../../../mocks/fixtures/dataset';
import { readWorkbook, values } from '../../../../tests/xlsx-reader';
import { parseAreas, parseGoals, parseIndicators, parseMeta, parseObservations } from '../../../contract/documents';
import { buildIndicatorAreaRows } from '../../../core/indicator-rows';
import { workbookBlob } from '../../../lib/xlsx/write-workbook';
import { catalogueRecords, sortRows } from './catalogue';
import { catalogueSheet, catalogueWorkbook } from './xlsx-catalogue';

const dataset = createDatasetFixture();
const meta = parseMeta(dataset.meta);
const indicators = parseIndicators(dataset.indicators).data.filter((indicator) => indicator.visibility === 'public');
const rows = sortRows(
  buildIndicatorAreaRows({
    indicators,
    areas: parseAreas(dataset.areas).data,
    goals: parseGoals(dataset.goals).data,
    observations: new Map(indicators.map((indicator) => [indicator.id, parseObservations(dataset.observations[indicator.id], indicator.id).data])),
    today: TEST_TODAY,
  }),
  'district',
  'asc',
  'sv',
);

test('headers are in the reader’s language, with the unit or % in every value column', () => {
  const sv = catalogueSheet(rows, 'sv').headers;
  const en = catalogueSheet(rows, 'en').headers;
  expect(sv).toContain('Senaste värde (i enheten)');
  expect(sv).toContain('Framsteg mot målet (%)');
  expect(en).toContain('Latest value (in the unit)');
  expect(en).toContain('Progress towards the target (%)');
  expect(sv).toHaveLength(en.length);
});

test('status and trend are the page’s words; progress is a percentage kept at full precision', () => {
  const sheet = catalogueSheet(rows, 'en');
  const column = (header: string) => sheet.headers.indexOf(header);
  const records = catalogueRecords(rows, 'en');
  sheet.rows.forEach((row, index) => {
    const record = records[index];
    expect(row[column('Status')]).toEqual({ kind: 'text', value: record?.status_label ?? 'No target' });
    const progress = row[column('Progress towards the target (%)')];
    if (record?.progress === null) expect(progress).toBeNull();
    else expect(progress).toEqual({ kind: 'percent', value: expect.closeTo(record?.progress as number, 10) as number });
  });
  expect(sheet.rows.map((row) => row[column('Trend')])).toContainEqual({ kind: 'text', value: 'better' });
});

test('the workbook opened with an independent reader: number cells equal the rows shown, text periods, a second sheet', async () => {
  const workbook = catalogueWorkbook({
    rows,
    total: rows.length,
    meta,
    language: 'sv',
    viewUrl: 'https://dash.example/indicators?sort=district',
    downloaded: TEST_TODAY,
  });
  const [data, about] = await readWorkbook(await workbookBlob(workbook));
  if (!data || !about) throw new Error('expected two sheets');
  expect(data.name).toBe('Indikatorer');
  expect(data.frozenRows).toBe(1);
  const [header, ...body] = values(data);
  expect(body).toHaveLength(rows.length);
  const latest = (header ?? []).indexOf('Senaste värde (i enheten)');
  const period = (header ?? []).indexOf('Senaste värde avser');
  const records = catalogueRecords(rows, 'sv');
  data.rows.slice(1).forEach((row, index) => {
    const record = records[index];
    expect(row[0]?.value).toBe(record?.indicator);
    expect(row[2]?.value).toBe(record?.district);
    if (record?.latest_value === null) expect(row[latest]?.type).toBe('empty');
    else expect(row[latest]).toMatchObject({ type: 'number', value: record?.latest_value });
    if (record?.latest_period !== null) expect(row[period]).toMatchObject({ type: 'string', value: record?.latest_period, numFmt: '@' });
  });
  expect(about.name).toBe('Om datan');
  expect(values(about).find((row) => row[0] === 'Länk till samma vy')?.[1]).toBe('https://dash.example/indicators?sort=district');
});

test('the change since the previous value has no float noise, rounded by the same function as the CSV', () => {
  const [row] = rows;
  if (!row?.trend) throw new Error('the fixture needs a row with a trend');
  // 0.1 - 0.4 is -0.30000000000000004 in binary floating point.
  const noisy = { ...row, trend: { ...row.trend, change: 0.1 - 0.4 } };
  const sheet = catalogueSheet([noisy], 'sv');
  const change = sheet.rows[0]?.[sheet.headers.indexOf('Förändring sedan förra värdet (i enheten)')];
  expect(change).toMatchObject({ kind: 'number', value: -0.3 });
  expect(catalogueRecords([noisy], 'sv')[0]?.change_since_previous).toBe(-0.3);
});
