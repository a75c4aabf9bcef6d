/** sites.geojson: records, references, dates, positions against the areas. */
import { DOCUMENT_NAMES, parseSites } from '../../src/contract/documents.ts';
import { resolveSiteReferences, type KnownIds } from '../../src/contract/references.ts';
import type { AreaFeature, SiteFeature } from '../../src/contract/schemas.ts';
import { boundingBox, geometryPositions } from '../../src/contract/positions.ts';
import { grow, inArea, inBox, swap } from './geometry.ts';
import { periodStart, rawIndex, type CheckContext, type RawDocument } from './types.ts';
import { type JsonObject } from '../../src/contract/json.ts';

/** Extra margin (degrees, ≈ 11 km north–south) around the areas' boxes for the site checks. */
const SITE_BOX_MARGIN = 0.1;

export function parseSitesChecked(ctx: CheckContext, raw: RawDocument): SiteFeature[] | undefined {
  const parsed = ctx.parse(DOCUMENT_NAMES.sites, () => parseSites(raw.json));
  if (!parsed) return undefined;
  ctx.addAll(parsed.problems);
  ctx.checkTexts(DOCUMENT_NAMES.sites, raw.json);
  return parsed.data;
}

/** Positions against the areas' boxes and outlines (areas without geometry are skipped). */
export function checkSitePositions(ctx: CheckContext, sites: ReadonlyArray<SiteFeature>, raw: RawDocument, areas: ReadonlyArray<AreaFeature>): void {
  const drawn = areas.filter((area) => geometryPositions(area.geometry).length > 0);
  if (drawn.length === 0) return;
  const areaById = new Map(drawn.map((area) => [area.id, area]));
  const rawFeatures = (raw.json as JsonObject).features;
  const areaBoxes = drawn.map((area) => grow(boundingBox(geometryPositions(area.geometry)), SITE_BOX_MARGIN));
  for (const site of sites) {
    const index = rawIndex(rawFeatures, (item) => item.id === site.id);
    const path = `features[${index}].geometry.coordinates`;
    const positions = geometryPositions(site.geometry);
    const outside = positions.filter((position) => !areaBoxes.some((box) => inBox(box, position)));
    if (outside.length > 0) {
      const swappedInside = outside.every((position) => areaBoxes.some((box) => inBox(box, swap(position))));
      if (swappedInside) {
        ctx.add(
          'error',
          DOCUMENT_NAMES.sites,
          path,
          `coordinates look swapped: [${outside[0]?.join(', ')}] is outside every area, but [latitude, longitude] read the other way round would be inside one (GeoJSON is [longitude, latitude])`,
          site.id,
        );
      } else {
        ctx.add('warning', DOCUMENT_NAMES.sites, path, `[${outside[0]?.join(', ')}] is far outside every area in areas.geojson`, site.id);
      }
      continue;
    }
    const area = areaById.get(site.properties.areaId);
    if (area && site.geometry.type === 'Point' && !positions.every((position) => inArea(area, position))) {
      ctx.add('warning', DOCUMENT_NAMES.sites, path, `the point is outside the outline of its area "${area.id}"`, site.id);
    }
  }
}

/** References to areas and indicators, and completed-before-started. */
export function checkSiteReferences(ctx: CheckContext, sites: ReadonlyArray<SiteFeature>, raw: RawDocument, known: KnownIds | undefined): void {
  if (known) ctx.addAll(resolveSiteReferences(sites, known).problems);
  const rawFeatures = (raw.json as JsonObject).features;
  for (const site of sites) {
    const { started, completed } = site.properties;
    if (started !== undefined && completed !== undefined && periodStart(completed) < periodStart(started)) {
      const index = rawIndex(rawFeatures, (item) => item.id === site.id);
      ctx.add('error', DOCUMENT_NAMES.sites, `features[${index}].properties.completed`, `completed (${completed}) is before started (${started})`, site.id);
    }
  }
}
