/**
 * One indicator's observations as a long-form CSV table (one row per value), for the zip of the
 * whole dataset. Same conventions as the dashboard's own CSV downloads (comma separator, decimal
 * point, CRLF, RFC 4180 quoting, snake_case headers, spreadsheet formulae escaped in text cells),
 * but language-neutral: names, units and notes come in both languages, and values keep full
 * precision (JavaScript's shortest round-trip form, never rounded to the display decimals).
 * Written by the project's one CSV writer (src/core/csv.ts), byte-order mark included, so the
 * zip's files open in Excel as the app's downloads do.
 *
 * Node-only use today (the data build); it imports Node-only code, so the browser
 * must not import this module on a page's critical path.
 */
import type { AreaFeature, Indicator, ObservationsDocument, SiteFeature } from '../../src/contract/schemas.ts';
import { writeCsv } from '../../src/core/csv.ts';
import { qualityOf } from '../../src/contract/quality.ts';

export const LONG_CSV_COLUMNS = [
  'indicator_id',
  'area_id',
  'area_name_sv',
  'area_name_en',
  'site_id',
  'site_name_sv',
  'site_name_en',
  'period',
  'value',
  'unit_sv',
  'unit_en',
  'quality',
  'note_sv',
  'note_en',
  'source',
  'source_url',
  'retrieved_at',
] as const;

export type LongCsvColumn = (typeof LONG_CSV_COLUMNS)[number];

/** What each column holds (written to the zip's README). */
export const LONG_CSV_COLUMN_DOCS: Record<LongCsvColumn, string> = {
  indicator_id: 'the indicator id (indicators.json)',
  area_id: 'the area id (areas.geojson)',
  area_name_sv: 'the area name in Swedish',
  area_name_en: 'the area name in English',
  site_id: 'the site id (sites.geojson); empty for a whole-area series',
  site_name_sv: 'the site name in Swedish; empty for a whole-area series',
  site_name_en: 'the site name in English; empty for a whole-area series',
  period: 'ISO period: YYYY, YYYY-MM or YYYY-MM-DD',
  value: 'the value, full precision, decimal point; empty = no value for the period',
  unit_sv: 'the unit in Swedish',
  unit_en: 'the unit in English',
  quality: 'measured | estimated | modelled | provisional',
  note_sv: 'a note on this value in Swedish, if any',
  note_en: 'a note on this value in English, if any',
  source: "where the series was read (the series' source, else the indicator's source)",
  source_url: 'the address of that source, if known',
  retrieved_at: 'when the build read the series from a standard source (ISO 8601), if known',
};

type Cell = string | number | null;

export function longCsvRows(
  indicator: Indicator,
  observations: ObservationsDocument,
  areas: ReadonlyArray<AreaFeature>,
  sites: ReadonlyArray<SiteFeature>,
): Array<Record<LongCsvColumn, Cell>> {
  const areaById = new Map(areas.map((area) => [area.id, area]));
  const siteById = new Map(sites.map((site) => [site.id, site]));
  return observations.series.flatMap((series) => {
    const area = areaById.get(series.areaId);
    const site = series.siteId === undefined ? undefined : siteById.get(series.siteId);
    return series.points.map((point) => ({
      indicator_id: indicator.id,
      area_id: series.areaId,
      area_name_sv: area?.properties.name.sv ?? null,
      area_name_en: area?.properties.name.en ?? null,
      site_id: series.siteId ?? null,
      site_name_sv: site?.properties.name.sv ?? null,
      site_name_en: site?.properties.name.en ?? null,
      period: point.period,
      value: point.value,
      unit_sv: indicator.unit.sv ?? null,
      unit_en: indicator.unit.en ?? null,
      quality: qualityOf(point) ?? null,
      note_sv: point.note?.sv ?? null,
      note_en: point.note?.en ?? null,
      source: series.source?.name ?? indicator.source.name,
      source_url: series.source?.url ?? indicator.source.url ?? null,
      retrieved_at: series.source?.retrievedAt ?? null,
    }));
  });
}

export function longCsv(
  indicator: Indicator,
  observations: ObservationsDocument,
  areas: ReadonlyArray<AreaFeature>,
  sites: ReadonlyArray<SiteFeature>,
): string {
  const rows = longCsvRows(indicator, observations, areas, sites);
  return writeCsv(
    LONG_CSV_COLUMNS,
    rows.map((row) => LONG_CSV_COLUMNS.map((column) => row[column])),
  );
}
