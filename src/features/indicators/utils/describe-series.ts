/**
 * Which series an indicator's document holds, with display names and stable colour slots:
 * districts in areas.geojson order, then reference areas, then pilot sites.
 */
import type { Language } from '../../../i18n/language';
import { pickText } from '../../../core/text';
import type { ObservationsDocument } from '../../../contract/documents';
import type { AreaFeature, Point, SiteFeature } from '../../../contract/schemas';

export interface SeriesInfo {
  /** `areaId` for a district's own series, `areaId.siteId` for a pilot site's. */
  key: string;
  /** `reference`: a reference area's series (e.g. the whole city), drawn as a thin dashed line. */
  kind: 'area' | 'site' | 'reference';
  areaId: string;
  siteId: string | undefined;
  /** District or site name in the page's language. */
  name: string;
  /** The district's name (for a site series, the district it lies in). */
  areaName: string;
  points: Point[];
  /** Stable colour slot: districts first, then sites (reference lines have their own grey). */
  colorIndex: number;
}

export function seriesKey(series: { areaId: string; siteId?: string | undefined }): string {
  return series.siteId ? `${series.areaId}.${series.siteId}` : series.areaId;
}

const NO_REFERENCE_AREAS: ReadonlyArray<AreaFeature> = [];

/**
 * Every series of the document with a display name, districts in areas.geojson order, then the
 * pilot sites grouped by district. Series of unknown areas were dropped when the document was read.
 */
export function describeSeries(
  document: ObservationsDocument,
  areas: ReadonlyArray<AreaFeature>,
  sites: ReadonlyArray<SiteFeature>,
  language: Language,
  referenceAreas: ReadonlyArray<AreaFeature> = NO_REFERENCE_AREAS,
): SeriesInfo[] {
  const allAreas = [...areas, ...referenceAreas];
  const areaOrder = new Map(allAreas.map((area, index) => [area.id, index]));
  const areaNames = new Map(allAreas.map((area) => [area.id, pickText(area.properties.name, language)]));
  const referenceIds = new Set(referenceAreas.map((area) => area.id));
  const siteNames = new Map(sites.map((site) => [site.id, pickText(site.properties.name, language)]));
  // Districts, then reference areas, then pilot sites.
  const rank = (series: { areaId: string; siteId?: string | undefined }) => (series.siteId !== undefined ? 2 : referenceIds.has(series.areaId) ? 1 : 0);
  const ordered = [...document.series].sort((a, b) => {
    const kind = rank(a) - rank(b);
    if (kind !== 0) return kind;
    return (areaOrder.get(a.areaId) ?? 0) - (areaOrder.get(b.areaId) ?? 0);
  });
  let colorIndex = 0;
  return ordered.map((series) => {
    const areaName = areaNames.get(series.areaId) ?? series.areaId;
    const kind = series.siteId ? 'site' : referenceIds.has(series.areaId) ? 'reference' : 'area';
    return {
      key: seriesKey(series),
      kind,
      areaId: series.areaId,
      siteId: series.siteId,
      name: series.siteId ? (siteNames.get(series.siteId) ?? series.siteId) : areaName,
      areaName,
      points: series.points,
      colorIndex: kind === 'reference' ? -1 : colorIndex++,
    };
  });
}
