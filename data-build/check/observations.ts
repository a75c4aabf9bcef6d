/** observations/{id}.json: records, references, a site series in the wrong area, empty series. */
import { DOCUMENT_NAMES, parseObservations, type ObservationsDocument } from '../../src/contract/documents.ts';
import { resolveObservationReferences, type KnownIds } from '../../src/contract/references.ts';
import type { SiteFeature } from '../../src/contract/schemas.ts';
import { rawIndex, type CheckContext, type RawDocument } from './types.ts';
import { type JsonObject } from '../../src/contract/json.ts';

export function checkObservations(
  ctx: CheckContext,
  indicatorId: string,
  raw: RawDocument,
  known: KnownIds,
  siteById: ReadonlyMap<string, SiteFeature>,
): ObservationsDocument | undefined {
  const name = DOCUMENT_NAMES.observations(indicatorId);
  const parsed = ctx.parse(name, () => parseObservations(raw.json, indicatorId));
  if (!parsed) return undefined;
  ctx.addAll(parsed.problems);
  ctx.checkTexts(name, raw.json);
  const references = resolveObservationReferences(parsed.data, known);
  ctx.addAll(references.problems);
  const doc = references.data;
  const rawSeries = (raw.json as JsonObject).series;
  for (const series of doc.series) {
    const index = rawIndex(rawSeries, (item) => item.areaId === series.areaId && item.siteId === series.siteId);
    const site = series.siteId === undefined ? undefined : siteById.get(series.siteId);
    if (site && site.properties.areaId !== series.areaId) {
      ctx.add('error', name, `series[${index}].siteId`, `site "${site.id}" belongs to area "${site.properties.areaId}", not "${series.areaId}"`, site.id);
    }
    if (!series.points.some((point) => point.value !== null)) {
      ctx.add('warning', name, `series[${index}]`, 'the series has no values (only nulls or no points)', series.siteId ?? series.areaId);
    }
  }
  return doc;
}
