import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import * as papaparse from 'papaparse';
import { describe, expect, test } from 'vitest';
import { downloadsDocumentSchema } from '../../src/contract/schemas.ts';
import { buildEmbedded } from '../test/embedded.ts';
import { buildDownloads, readSchemaFolder } from './downloads.ts';
import { buildDatasetZip, zipEntryTime, zipFileName } from './zip.ts';
import { LONG_CSV_COLUMNS, longCsvRows } from './long-csv.ts';
import { recordsToCsv } from '../../src/core/csv.ts';

const EMBEDDED = resolve(import.meta.dirname, '../../public/data/v1');
const INTERNAL = resolve(import.meta.dirname, '../../data/internal/v1');
// The embedded dataset as `npm run data:build:embedded` hands it to the downloads output.
const { dataset } = await buildEmbedded();
const schemas = readSchemaFolder();
const zip = buildDatasetZip(dataset, schemas);
const entries = unzipSync(zip.bytes);
const textOf = (path: string) => {
  const bytes = entries[`${zip.folder}/${path}`];
  if (!bytes) throw new Error(`${path} is not in the zip`);
  return strFromU8(bytes);
};
const parseCsv = (text: string) =>
  (papaparse.parse ?? (papaparse as unknown as { default: typeof papaparse }).default.parse)<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  });

describe('the zip of the embedded dataset', () => {
  test('is named after the update date and unpacks into one folder of that name', () => {
    expect(zip.fileName).toBe('grow-smarter-monitor-2026-11-20.zip');
    expect(zipFileName({ updated: '2027-01-05' }, 'city-data')).toBe('city-data-2027-01-05.zip');
    expect(Object.keys(entries).every((path) => path.startsWith('grow-smarter-monitor-2026-11-20/'))).toBe(true);
  });

  test('holds every published document, every JSON Schema, one CSV per public indicator, README and CITATION.cff — nothing internal', () => {
    const publicIds = dataset.indicators.indicators.map((indicator) => indicator.id);
    // Every document the build publishes, the build's report, change list and Atom feed included;
    // not the zip itself, nor dcat.rdf and download.json, which name the zip's size.
    const expected = [
      'README.md',
      'CITATION.cff',
      ...['areas.geojson', 'build-report.json', 'changes.json', 'events.json', 'feed.xml', 'goals.json', 'indicators.json', 'meta.json', 'sites.geojson'].map(
        (name) => `data/${name}`,
      ),
      ...publicIds.map((id) => `data/observations/${id}.json`),
      ...[...schemas.keys()].map((name) => `schemas/${name}`),
      ...publicIds.map((id) => `csv/${id}.csv`),
    ];
    expect(
      Object.keys(entries)
        .map((path) => path.slice(zip.folder.length + 1))
        .sort(),
    ).toEqual(expected.sort());
    expect(schemas.has('observations.schema.json')).toBe(true);
    expect(publicIds).toHaveLength(15);
    // The embedded dataset has one internal indicator (in the internal output); it appears nowhere in the zip.
    const internal = 'meter-data-coverage';
    expect(readFileSync(resolve(INTERNAL, 'indicators.json'), 'utf8')).toContain(internal);
    for (const bytes of Object.values(entries)) expect(strFromU8(bytes)).not.toContain(internal);
  });

  test("a CSV has one row per value of its observations document, full precision, in the document's order", async () => {
    const document = JSON.parse(readFileSync(resolve(EMBEDDED, 'observations/building-energy-use.json'), 'utf8')) as {
      series: Array<{
        areaId: string;
        siteId?: string;
        points: Array<{ period: string; value: number | null; quality?: string; note?: { sv?: string; en?: string } }>;
      }>;
    };
    const text = textOf('csv/building-energy-use.csv');
    expect(
      text.startsWith(
        'indicator_id,area_id,area_name_sv,area_name_en,site_id,site_name_sv,site_name_en,period,value,unit_sv,unit_en,quality,note_sv,note_en,source,source_url,retrieved_at\r\n',
      ),
    ).toBe(true);
    // The bytes start with the UTF-8 byte-order mark the app's own CSV downloads carry (Excel
    // reads "Å" right only with it; strFromU8, like TextDecoder, drops it from `text`).
    const bytes = entries[`${zip.folder}/csv/building-energy-use.csv`] ?? new Uint8Array();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // One writer for the app and the zip: the same rows give the same bytes as the app's download writer.
    const indicator = dataset.indicators.indicators.find((i) => i.id === 'building-energy-use');
    if (!indicator) throw new Error('no building-energy-use');
    const appRows = longCsvRows(indicator, document as never, dataset.areas.features, dataset.sites.features);
    expect(Buffer.from(bytes).equals(Buffer.from(recordsToCsv(appRows, LONG_CSV_COLUMNS), 'utf8'))).toBe(true);
    const rows = parseCsv(text).data;
    const expected = document.series.flatMap((series) => series.points.map((point) => ({ series, point })));
    expect(rows).toHaveLength(expected.length);
    expected.forEach(({ series, point }, index) => {
      const row = rows[index];
      expect(row?.indicator_id).toBe('building-energy-use');
      expect(row?.area_id).toBe(series.areaId);
      expect(row?.site_id).toBe(series.siteId ?? '');
      expect(row?.period).toBe(point.period);
      expect(row?.value).toBe(point.value === null ? '' : String(point.value));
      // A point without a value has no quality.
      expect(row?.quality).toBe(point.value === null ? '' : (point.quality ?? 'measured'));
      expect(row?.note_sv).toBe(point.note?.sv ?? '');
      expect(row?.unit_sv).toBe('kWh/m² och år');
    });
    expect(rows.find((row) => row.area_id === 'arsta')?.area_name_sv).toBe('Årsta');
  });

  test('values keep full precision, negative numbers stay numbers, formula-like text is escaped', () => {
    const observations = dataset.observations[0];
    const indicator = dataset.indicators.indicators[0];
    if (!observations || !indicator) throw new Error('the embedded dataset has indicators');
    const series = observations.series[0];
    if (!series) throw new Error('the first indicator has a series');
    const edited = {
      ...dataset,
      observations: [
        {
          ...observations,
          series: [{ ...series, points: [{ period: '2020', value: -0.123456789012, quality: 'measured' as const, note: { sv: '=SUM(A1)' } }] }],
        },
        ...dataset.observations.slice(1),
      ],
    };
    const text = strFromU8(unzipSync(buildDatasetZip(edited, schemas).bytes)[`${zip.folder}/csv/${indicator.id}.csv`] ?? new Uint8Array());
    const [row] = parseCsv(text).data;
    expect(row?.value).toBe('-0.123456789012');
    expect(row?.note_sv).toBe("'=SUM(A1)");
  });

  test('the README gives the licence, both citations, BibTeX and the CSV columns; CITATION.cff is there', () => {
    const readme = textOf('README.md');
    expect(readme).toContain('[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)');
    expect(readme).toContain(
      'Svenska: Grow Smarter Monitor (sample compilation) (2026). Grow Smarter Monitor – Årsta och Norra Djurgårdsstaden [datamängd], version 2026-11-20.',
    );
    expect(readme).toContain('English: Grow Smarter Monitor (sample compilation) (2026).');
    expect(readme).toContain('@misc{growsmartermonitor2026,');
    expect(readme).toContain('| `retrieved_at` |');
    expect(readme).toContain('**Sample data.**');
    expect(textOf('CITATION.cff')).toContain('cff-version: 1.2.0');
  });

  test('a dataset with Kolada values says "Källa: Kolada" in the README and CITATION.cff', () => {
    const [first, ...rest] = dataset.indicators.indicators;
    if (!first) throw new Error('the embedded dataset has indicators');
    const withKolada = { ...dataset, indicators: { ...dataset.indicators, indicators: [{ ...first, source: { name: 'Kolada, N00123' } }, ...rest] } };
    const files = unzipSync(buildDatasetZip(withKolada, schemas).bytes);
    expect(strFromU8(files[`${zip.folder}/README.md`] ?? new Uint8Array())).toContain('Källa: Kolada');
    expect(strFromU8(files[`${zip.folder}/CITATION.cff`] ?? new Uint8Array())).toContain('Källa: Kolada');
    expect(textOf('README.md')).not.toContain('Källa: Kolada');
  });
});

describe('zip entry times', () => {
  // The zip's DOS time fields are read back in local time, the way unzip tools show them.
  const wallClock = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()];

  test('carry the update time as written, whatever time zone the build runs in (npm run test:tz runs three)', () => {
    expect(wallClock(zipEntryTime('2026-11-20'))).toEqual([2026, 11, 20, 0, 0]);
    expect(wallClock(zipEntryTime('2026-11-20T15:30:00Z'))).toEqual([2026, 11, 20, 15, 30]);
  });

  test('fall back to 1980-01-01, not the build clock, when the date is unreadable or before zip dates begin', () => {
    expect(wallClock(zipEntryTime('not a date'))).toEqual([1980, 1, 1, 0, 0]);
    expect(wallClock(zipEntryTime('1970-01-01'))).toEqual([1980, 1, 1, 0, 0]);
  });

  test('make two builds of the same dataset byte-identical', () => {
    expect(buildDatasetZip(dataset, schemas).bytes).toEqual(zip.bytes);
  });
});

describe('download.json', () => {
  test('names the zip and its size in bytes, and no DCAT description when the dataset has no address of its own', () => {
    // The embedded sample has no meta.url (it has no real address), and DCAT needs one.
    const files = buildDownloads(dataset, schemas);
    expect(files.map((file) => file.path)).toEqual(['grow-smarter-monitor-2026-11-20.zip', 'download.json']);
    const descriptor = downloadsDocumentSchema.parse(JSON.parse(String(files[1]?.contents)));
    expect(descriptor).toEqual({
      apiVersion: '1',
      updated: '2026-11-20T09:00:00Z',
      zip: { fileName: 'grow-smarter-monitor-2026-11-20.zip', bytes: (files[0]?.contents as Uint8Array).byteLength },
    });
  });

  test('without meta.url there is no absolute address for DCAT, so only the zip and the descriptor are written', () => {
    const meta = { ...dataset.meta };
    delete meta.url;
    const files = buildDownloads({ ...dataset, meta }, schemas);
    expect(files.map((file) => file.path)).toEqual(['grow-smarter-monitor-2026-11-20.zip', 'download.json']);
    expect(JSON.parse(String(files[1]?.contents))).not.toHaveProperty('dcat');
  });

  test('the files committed beside the embedded dataset are up to date (else run `npm run data:build:embedded`)', () => {
    const committed = downloadsDocumentSchema.parse(JSON.parse(readFileSync(resolve(EMBEDDED, 'download.json'), 'utf8')));
    expect(committed.zip.fileName).toBe(zip.fileName);
    const committedEntries = unzipSync(new Uint8Array(readFileSync(resolve(EMBEDDED, committed.zip.fileName))));
    expect(Object.keys(committedEntries).sort()).toEqual(Object.keys(entries).sort());
    for (const [path, bytes] of Object.entries(entries)) expect(strFromU8(committedEntries[path] ?? new Uint8Array()), path).toBe(strFromU8(bytes));
    expect(committed.zip.bytes).toBe(readFileSync(resolve(EMBEDDED, committed.zip.fileName)).byteLength);
  });
});
