// @vitest-environment node
/**
 * Round trip: indicator → .xlsx (the indicator page's Excel download) → `data:build`
 * → the same observations, so a project lead can download a series, correct it and submit it
 * again. The workbook the dashboard writes is put in a source folder as
 * `observations/<id>.xlsx` with `input: { kind: xlsx }` (docs/sources.md), the real build is run
 * through its CLI entry with the real adapter registry, and the published
 * `observations/<id>.json` is compared with what was exported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createDatasetFixture, TEST_TODAY } from '../../../../mocks/fixtures/dataset.ts';
import { parseAreas, parseIndicators, parseMeta, parseObservations, parseSites, type ObservationsDocument } from '../../../contract/documents.ts';
import { workbookBlob } from '../../../lib/xlsx/write-workbook.ts';
import { describeSeries } from './describe-series.ts';
import { valueRows } from './indicator-export.ts';
import { inRange } from './indicator-view.ts';
import { indicatorWorkbook } from './xlsx-indicator.ts';
import type { BuildReportDocument } from '../../../contract/schemas.ts';
import { adapters } from '../../../../data-build/adapters/index.ts';
import { runCli } from '../../../../data-build/cli.ts';
import { FIXTURE_FILES, makeFixture, type Fixture } from '../../../../data-build/test/fixture.ts';
import { qualityOf } from '../../../contract/quality.ts';

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

/**
 * The source folder of data-build/test/fixture.ts without its network indicator (so the real
 * adapter registry is never called), with energy-use read from the downloaded workbook.
 */
function sourceFolder(): Fixture {
  const files = Object.fromEntries(Object.entries(FIXTURE_FILES).filter(([file]) => file !== 'observations/energy-use.csv'));
  const indicators = FIXTURE_FILES['indicators.yaml']!;
  return makeFixture({
    ...files,
    'indicators.yaml': indicators
      .slice(0, indicators.indexOf('- id: car-share'))
      .replace('  source: { name: Testkällan }\n', '  source: { name: Testkällan }\n  input: { kind: xlsx, file: observations/energy-use.xlsx }\n'),
    // The site the exported site series belongs to.
    'sites.csv': [
      'id,area,name_sv,domain,kind,status,indicators,lat,lon',
      'alpha-block-1,alpha,Kvarteret,energy,housing,completed,energy-use,59.305,18.01',
      '',
    ].join('\n'),
  });
}

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

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
  const folder = sourceFolder();
  fixture = folder;
  writeFileSync(join(folder.source, 'observations', 'energy-use.xlsx'), Buffer.from(await blob.arrayBuffer()));
  const lines: string[] = [];
  const code = await runCli(
    [folder.source, '--out', folder.out, '--internal-out', folder.internal, '--today', '2026-01-15', '--no-timings'],
    {},
    adapters,
    (line) => lines.push(line),
  );
  const built = JSON.parse(readFileSync(join(folder.out, 'observations', 'energy-use.json'), 'utf8')) as unknown;
  const report = JSON.parse(readFileSync(join(folder.out, 'build-report.json'), 'utf8')) as BuildReportDocument;
  const expected = {
    apiVersion: '1',
    indicatorId: 'energy-use',
    series: visible
      .map((series) => ({
        areaId: series.areaId,
        ...(series.siteId ? { siteId: series.siteId } : {}),
        // A point without a value is written without a quality; one with a value always has one.
        points: series.points
          .filter((point) => inRange(point.period, from, to))
          .map(({ quality, ...point }) => {
            const shown = qualityOf({ ...point, quality });
            return shown === undefined ? point : { ...point, quality: shown };
          }),
      }))
      .filter((series) => series.points.length > 0),
  };
  return { code, lines, built, expected, read: report.indicators.find((entry) => entry.indicatorId === 'energy-use') };
}

function bySeries(document: unknown) {
  const { series } = document as { series: Array<{ areaId: string; siteId?: string }> };
  return [...series].sort((a, b) => `${a.areaId}|${a.siteId ?? ''}`.localeCompare(`${b.areaId}|${b.siteId ?? ''}`));
}

test('every series and range, built by data:build from the downloaded workbook, gives the same observations', async () => {
  const { code, lines, built, expected, read } = await roundTrip('sv', 2015, 2030, () => true);
  expect(lines.filter((line) => line.startsWith('ERROR'))).toEqual([]);
  expect(code).toBe(0);
  expect(bySeries(built)).toEqual(bySeries(expected));
  expect(built).toMatchObject({ apiVersion: '1', indicatorId: 'energy-use' });
  expect(parseObservations(built, 'energy-use').problems).toEqual([]);
  // Full precision survives (the sheet only shows one decimal).
  expect(readFileSync(join(fixture!.out, 'observations', 'energy-use.json'), 'utf8')).toContain('0.397004473838');
  // The reader-language columns are ignored with a warning, never read as data.
  expect(read).toMatchObject({ sourceKind: 'xlsx', location: 'observations/energy-use.xlsx', outcome: 'ok', pointsRead: 7 });
  expect(read?.warnings).toEqual([
    expect.stringContaining('column H: unknown column "enhet" ignored'),
    expect.stringContaining('column I: unknown column "stadsdelens namn" ignored'),
    expect.stringContaining('column J: unknown column "platsens namn" ignored'),
    expect.stringContaining('column K: unknown column "kvalitet (text)" ignored'),
  ]);
});

test('what is shown (a range and some series, in English) builds into exactly those observations', async () => {
  const { code, lines, built, expected, read } = await roundTrip('en', 2019, 2021, (key) => key !== 'beta');
  expect(lines.filter((line) => line.startsWith('ERROR'))).toEqual([]);
  expect(code).toBe(0);
  expect(bySeries(built)).toEqual(bySeries(expected));
  expect((built as ObservationsDocument).series.map((series) => series.areaId)).not.toContain('beta');
  expect(read).toMatchObject({ sourceKind: 'xlsx', outcome: 'ok', pointsRead: 5 });
  expect(read?.warnings).toHaveLength(4);
});
