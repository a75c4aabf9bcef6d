// @vitest-environment node
/**
 * Round trip: indicator → .xlsx (the Excel download) → the data build's xlsx input → the same
 * observations, so a project lead can download a series, correct it and submit it again.
 *
 * The data build (data-build/, issue "source folder") is written in parallel; until it is
 * merged, `readObservationsSheet` below reads the sheet exactly as /work/shared/design/sources.md
 * specifies the `xlsx` input (with read-excel-file/node, the team's reader): the first sheet's
 * header row, headers matched case-insensitively with surrounding spaces ignored, unknown
 * columns ignored with a warning, an empty value cell is null, quality defaults to measured.
 * INTEGRATOR: after the merge, replace `readObservationsSheet` with the build's xlsx adapter.
 */
import { readSheet } from 'read-excel-file/node';
import { expect, test } from 'vitest';
import { createDatasetFixture, TEST_TODAY } from '../../../../mocks/fixtures/dataset';
import { parseAreas, parseIndicators, parseMeta, parseObservations, parseSites, type ObservationsDocument } from '../../../lib/api/documents';
import { workbookBlob } from '../../../lib/xlsx/write-workbook';
import { inRange } from './indicator-view';
import { valueRows } from './indicator-export';
import { describeSeries } from './describe-series';
import { indicatorWorkbook, SOURCE_COLUMNS } from './xlsx-indicator';

type SourceColumn = (typeof SOURCE_COLUMNS)[number];

async function readObservationsSheet(data: Buffer, indicatorId: string): Promise<{ document: unknown; warnings: string[] }> {
  const [header = [], ...rows] = await readSheet(data);
  const warnings: string[] = [];
  const index = new Map<SourceColumn, number>();
  header.forEach((cell, column) => {
    const name = String(cell ?? '')
      .trim()
      .toLowerCase();
    if ((SOURCE_COLUMNS as ReadonlyArray<string>).includes(name)) index.set(name as SourceColumn, column);
    else warnings.push(`unknown column "${String(cell)}" ignored`);
  });
  const get = (row: ReadonlyArray<unknown>, column: SourceColumn) => {
    const at = index.get(column);
    const value = at === undefined ? null : row[at];
    return value === undefined || value === '' ? null : value;
  };
  const series = new Map<string, { areaId: string; siteId?: string; points: Array<Record<string, unknown>> }>();
  for (const row of rows) {
    const period = get(row, 'period');
    const areaId = String(get(row, 'area'));
    const site = get(row, 'site');
    const value = get(row, 'value');
    if (typeof period !== 'string') throw new Error(`period is not text: ${String(period)}`);
    if (value !== null && typeof value !== 'number') throw new Error(`value is not a number: ${String(value)}`);
    const noteSv = get(row, 'note_sv');
    const noteEn = get(row, 'note_en');
    const key = `${areaId}|${site === null ? '' : String(site)}`;
    let entry = series.get(key);
    if (!entry) {
      entry = { areaId, ...(site === null ? {} : { siteId: String(site) }), points: [] };
      series.set(key, entry);
    }
    entry.points.push({
      period,
      value,
      quality: get(row, 'quality') ?? 'measured',
      ...(noteSv !== null || noteEn !== null
        ? { note: { ...(noteSv !== null ? { sv: String(noteSv) } : {}), ...(noteEn !== null ? { en: String(noteEn) } : {}) } }
        : {}),
    });
  }
  return { document: { apiVersion: '1', indicatorId, series: [...series.values()] }, warnings };
}

const dataset = createDatasetFixture();
const meta = parseMeta(dataset.meta);
const indicator = parseIndicators(dataset.indicators).data.find((item) => item.id === 'energy-use')!;
const areas = parseAreas(dataset.areas).data;
const sites = parseSites(dataset.sites).data;

/** Observations that exercise the edges: full precision, nulls, notes in one or both languages, months and days, a site. */
const observations: ObservationsDocument = parseObservations(
  {
    apiVersion: '1',
    indicatorId: 'energy-use',
    series: [
      {
        areaId: 'alpha',
        points: [
          { period: '2019', value: 0.397004473838, quality: 'measured', note: { sv: 'Källa: årsredovisning', en: 'Source: annual report' } },
          { period: '2020', value: null, quality: 'measured' },
          { period: '2021-03', value: 1234.5678, quality: 'estimated', note: { sv: '=inte en formel' } },
          { period: '2021-03-15', value: -12, quality: 'provisional' },
        ],
      },
      { areaId: 'alpha', siteId: 'alpha-block-1', points: [{ period: '2019', value: 38, quality: 'modelled', note: { en: 'Model v2' } }] },
      {
        areaId: 'beta',
        points: [
          { period: '2019', value: 98.25, quality: 'measured' },
          { period: '2022', value: 95, quality: 'measured' },
        ],
      },
    ],
  },
  'energy-use',
).data;

async function roundTrip(language: 'sv' | 'en', from: number, to: number, keep: (key: string) => boolean) {
  const visible = describeSeries(observations, areas, sites, language).filter((series) => keep(series.key));
  const workbook = indicatorWorkbook({
    indicator,
    visible,
    rows: valueRows(visible, from, to),
    from,
    to,
    meta,
    language,
    viewUrl: 'https://dash.example/',
    downloaded: TEST_TODAY,
  });
  const blob = await workbookBlob(workbook);
  const read = await readObservationsSheet(Buffer.from(await blob.arrayBuffer()), indicator.id);
  const expected = {
    apiVersion: '1',
    indicatorId: 'energy-use',
    series: visible
      .map((series) => ({
        areaId: series.areaId,
        ...(series.siteId ? { siteId: series.siteId } : {}),
        points: series.points.filter((point) => inRange(point.period, from, to)),
      }))
      .filter((series) => series.points.length > 0),
  };
  return { read, expected };
}

function bySeries(document: unknown) {
  const { series } = document as { series: Array<{ areaId: string; siteId?: string }> };
  return [...series].sort((a, b) => `${a.areaId}|${a.siteId ?? ''}`.localeCompare(`${b.areaId}|${b.siteId ?? ''}`));
}

test('every series and range read back gives the same observations, valid under the contract', async () => {
  const { read, expected } = await roundTrip('sv', 2015, 2030, () => true);
  const parsed = parseObservations(read.document, 'energy-use');
  expect(parsed.problems).toEqual([]);
  expect(bySeries(parsed.data)).toEqual(bySeries(expected));
  // Full precision survives (the sheet only shows one decimal).
  expect(JSON.stringify(parsed.data)).toContain('0.397004473838');
  // The reader-language columns are ignored with a warning, never read as data.
  expect(read.warnings).toEqual([
    'unknown column "Enhet" ignored',
    'unknown column "Stadsdelens namn" ignored',
    'unknown column "Platsens namn" ignored',
    'unknown column "Kvalitet (text)" ignored',
  ]);
});

test('what is shown (a range and some series, in English) reads back as exactly those observations', async () => {
  const { read, expected } = await roundTrip('en', 2019, 2021, (key) => key !== 'beta');
  const parsed = parseObservations(read.document, 'energy-use');
  expect(parsed.problems).toEqual([]);
  expect(bySeries(parsed.data)).toEqual(bySeries(expected));
  expect(read.warnings).toHaveLength(4);
});
