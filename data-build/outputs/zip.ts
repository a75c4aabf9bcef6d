/**
 * The whole public dataset in one zip, for researchers and journalists: every document as
 * published, the JSON Schemas, one long-form CSV per indicator, a README (contents, licence,
 * citation, CSV columns) and CITATION.cff. Pure: the JSON Schema texts are passed in (see
 * `./downloads.ts`, which reads them from `public/schemas/v1`).
 *
 * The zip is named after the dataset's update date (`grow-smarter-monitor-2026-11-20.zip`) and
 * unpacks into one folder of the same name. Entry times are the update time, so the same dataset
 * gives the same bytes, in any time zone (see `zipEntryTime`).
 */
import { zipSync, type Zippable } from 'fflate';
import { pickText } from '../../src/core/text.ts';
import type { Indicator, Meta } from '../../src/contract/schemas.ts';
import { bibtexCitation, citationCff, KOLADA_ATTRIBUTION, needsKoladaAttribution, plainCitation, versionOf } from '../../src/core/citation.ts';
import { LONG_CSV_COLUMN_DOCS, LONG_CSV_COLUMNS, longCsv } from './long-csv.ts';
import type { BuiltDataset } from './types.ts';

export const DEFAULT_ZIP_BASE_NAME = 'grow-smarter-monitor';

export interface ZipOptions {
  /** The file name before the date; default `grow-smarter-monitor`. */
  baseName?: string;
}

export interface BuiltZip {
  fileName: string;
  /** The folder every entry sits in (the file name without `.zip`). */
  folder: string;
  bytes: Uint8Array;
  /** Entry paths inside the zip, in the order written. */
  entries: string[];
}

export function zipFileName(meta: Pick<Meta, 'updated'>, baseName = DEFAULT_ZIP_BASE_NAME): string {
  return `${baseName}-${versionOf(meta)}.zip`;
}

/** Whether any value of the dataset comes from Kolada (indicator or series source). */
export function datasetUsesKolada(dataset: Pick<BuiltDataset, 'indicators' | 'observations'>): boolean {
  const seriesNames = new Map(
    dataset.observations.map((document) => [document.indicatorId, document.series.flatMap((series) => (series.source ? [series.source.name] : []))]),
  );
  return needsKoladaAttribution(
    dataset.indicators.indicators.map((indicator) => ({ source: indicator.source, seriesSourceNames: seriesNames.get(indicator.id) ?? [] })),
  );
}

function indicatorList(indicators: ReadonlyArray<Indicator>): string {
  return indicators
    .map(
      (indicator) => `- \`csv/${indicator.id}.csv\`: ${pickText(indicator.name, 'en')} (${pickText(indicator.unit, 'en')}); source: ${indicator.source.name}`,
    )
    .join('\n');
}

export function zipReadme(dataset: BuiltDataset, fileNames: { documents: string[]; schemas: string[] }): string {
  const { meta } = dataset;
  const kolada = datasetUsesKolada(dataset);
  const licence = meta.licence.url ? `[${meta.licence.name}](${meta.licence.url})` : meta.licence.name;
  const sections = [
    `# ${pickText(meta.title, 'en')}`,
    `${pickText(meta.title, 'sv')} — version ${versionOf(meta)} (updated ${meta.updated}).`,
    `Published by ${meta.publisher.url ? `[${meta.publisher.name}](${meta.publisher.url})` : meta.publisher.name}${meta.url ? `, ${meta.url}` : ''}.`,
    ...(meta.isSample && meta.sampleNote ? [`**Sample data.** ${pickText(meta.sampleNote, 'en')}`, `**Exempeldata.** ${pickText(meta.sampleNote, 'sv')}`] : []),
    '## Licence / Licens',
    `${licence}.${kolada ? ` Values read from Kolada must be shown with the attribution "${KOLADA_ATTRIBUTION}" (Kolada's terms).` : ''} Each indicator names its own source; keep it when you reuse a figure.`,
    '## How to cite / Så citerar du',
    `English: ${plainCitation(meta, 'en', { kolada })}`,
    `Svenska: ${plainCitation(meta, 'sv', { kolada })}`,
    'BibTeX:',
    `\`\`\`bibtex\n${bibtexCitation(meta, 'en', { kolada })}\n\`\`\``,
    'A machine-readable citation is in `CITATION.cff`.',
    '## What is inside',
    '- `data/`: the data API documents exactly as published (JSON, GeoJSON); `docs/data-api.md` of the project describes them.',
    '- `schemas/`: the JSON Schema (draft 2020-12) of each document; `schemas/index.json` says which schema fits which document.',
    '- `csv/`: one CSV file per indicator, one row per value (long form):',
    indicatorList(dataset.indicators.indicators),
    '## CSV format',
    "UTF-8 with a byte-order mark (so Excel reads Å, Ä and Ö; pandas and R skip it), comma-separated, decimal point, CRLF line ends, RFC 4180 quoting, header row. Values keep full precision (not rounded to the dashboard's display decimals); an empty `value` means no value for that period. Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) are prefixed with `'`.",
    '| Column | Meaning |\n| --- | --- |\n' + LONG_CSV_COLUMNS.map((column) => `| \`${column}\` | ${LONG_CSV_COLUMN_DOCS[column]} |`).join('\n'),
    '## Files',
    [...fileNames.documents.map((name) => `- \`data/${name}\``), ...fileNames.schemas.map((name) => `- \`schemas/${name}\``)].join('\n'),
  ];
  return `${sections.join('\n\n')}\n`;
}

const encoder = new TextEncoder();
const asBytes = (contents: string | Uint8Array) => (typeof contents === 'string' ? encoder.encode(contents) : contents);

/** The earliest time a zip entry can carry (MS-DOS dates start in 1980). */
const DOS_EPOCH_UTC = Date.UTC(1980, 0, 1);

/**
 * The time written into every entry. Zip entry times are wall-clock fields without a zone, and
 * fflate fills them from the Date's *local* fields; so the update time's UTC fields are copied into
 * a local Date. Without this, a build in New York wrote 19:00 the day before and a build in Tokyo
 * 09:00, and the same dataset gave three different zips. An unreadable or pre-1980 date gives
 * 1980-01-01 rather than the build's clock, so the bytes still depend on the data alone.
 */
export function zipEntryTime(updated: string): Date {
  const parsed = Date.parse(updated);
  const utc = new Date(Number.isNaN(parsed) || parsed < DOS_EPOCH_UTC ? DOS_EPOCH_UTC : parsed);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

/**
 * Builds the zip. `schemas` maps a schema file name (`meta.schema.json`, `index.json`, …) to its
 * text. Documents come from `dataset.files`, so the zip holds exactly what was published.
 */
export function buildDatasetZip(dataset: BuiltDataset, schemas: ReadonlyMap<string, string>, options: ZipOptions = {}): BuiltZip {
  const fileName = zipFileName(dataset.meta, options.baseName);
  const folder = fileName.replace(/\.zip$/, '');
  const mtime = zipEntryTime(dataset.meta.updated);
  const byId = new Map(dataset.observations.map((document) => [document.indicatorId, document]));
  const documents = [...dataset.files.keys()].sort();
  const schemaNames = [...schemas.keys()].sort();

  const files: Array<[string, string | Uint8Array]> = [
    ['README.md', zipReadme(dataset, { documents, schemas: schemaNames })],
    ['CITATION.cff', citationCff(dataset.meta, { kolada: datasetUsesKolada(dataset) })],
    ...documents.map((name): [string, string] => [`data/${name}`, dataset.files.get(name) ?? '']),
    ...schemaNames.map((name): [string, string] => [`schemas/${name}`, schemas.get(name) ?? '']),
    ...dataset.indicators.indicators.flatMap((indicator): Array<[string, string]> => {
      const observations = byId.get(indicator.id);
      return observations ? [[`csv/${indicator.id}.csv`, longCsv(indicator, observations, dataset.areas.features, dataset.sites.features)]] : [];
    }),
  ];
  const zippable: Zippable = {};
  for (const [path, contents] of files) zippable[`${folder}/${path}`] = [asBytes(contents), { mtime }];
  return { fileName, folder, bytes: zipSync(zippable, { level: 9 }), entries: files.map(([path]) => `${folder}/${path}`) };
}
