/**
 * areas.geojson: records, closed rings, swapped coordinates. Reference areas
 * (`properties.role: "reference"`) may have `geometry: null` and are left out of the geometry checks.
 */
import { DOCUMENT_NAMES, parseAreas } from '../../src/contract/documents.ts';
import type { AreaFeature } from '../../src/contract/schemas.ts';
import { boundingBox, geometryPositions } from '../../src/contract/positions.ts';
import { boxesMeet, grow, polygonsOf, swap, wrongWindings } from './geometry.ts';
import { rawIndex, type CheckContext, type RawDocument } from './types.ts';
import { type JsonObject } from '../../src/contract/json.ts';

/** How near (degrees) another area must be for an area to count as "in the same region". */
const AREA_REGION_MARGIN = 1;

export function checkAreas(ctx: CheckContext, raw: RawDocument): AreaFeature[] | undefined {
  const parsed = ctx.parse(DOCUMENT_NAMES.areas, () => parseAreas(raw.json));
  if (!parsed) return undefined;
  ctx.addAll(parsed.problems);
  ctx.checkTexts(DOCUMENT_NAMES.areas, raw.json);
  checkAreaGeometry(ctx, parsed.data, raw);
  return parsed.data;
}

function checkAreaGeometry(ctx: CheckContext, areas: ReadonlyArray<AreaFeature>, raw: RawDocument): void {
  const rawFeatures = (raw.json as JsonObject).features;
  const drawn = areas.filter((area) => geometryPositions(area.geometry).length > 0);
  const boxes = drawn.map((area) => boundingBox(geometryPositions(area.geometry)));
  drawn.forEach((area, i) => {
    const index = rawIndex(rawFeatures, (item) => item.id === area.id);
    const path = `features[${index}].geometry.coordinates`;
    // Written to compile whether or not the schema allows `geometry: null` (reference areas).
    const single = (area.geometry as AreaFeature['geometry'] | null)?.type === 'Polygon';
    polygonsOf(area).forEach((polygon, p) =>
      polygon.forEach((ring, r) => {
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
          const ringPath = single ? `${path}[${r}]` : `${path}[${p}][${r}]`;
          ctx.add('error', DOCUMENT_NAMES.areas, ringPath, 'ring is not closed: its last position must repeat the first (GeoJSON)', area.id);
        }
      }),
    );
    // A dataset this build wrote is already wound right; one from elsewhere may not be. Renderers
    // mostly cope, so it is a warning; `data:build` turns the rings itself.
    for (const [p, r] of wrongWindings(area.geometry)) {
      ctx.add(
        'warning',
        DOCUMENT_NAMES.areas,
        single ? `${path}[${r}]` : `${path}[${p}][${r}]`,
        `${r === 0 ? 'exterior ring runs clockwise' : 'hole runs counter-clockwise'}: RFC 7946 §3.1.6 wants exterior rings counter-clockwise and holes clockwise (data:build writes them so)`,
        area.id,
      );
    }
    // Swapped area: far from every other area as given, but next to one of them when swapped.
    const others = boxes.filter((_, j) => j !== i).map((box) => grow(box, AREA_REGION_MARGIN));
    const own = boxes[i];
    if (own && others.length > 0 && !others.some((box) => boxesMeet(box, own))) {
      const swapped = boundingBox(geometryPositions(area.geometry).map(swap));
      if (others.some((box) => boxesMeet(box, swapped))) {
        ctx.add(
          'error',
          DOCUMENT_NAMES.areas,
          path,
          'coordinates look swapped: GeoJSON positions are [longitude, latitude], and swapping them puts this area next to the others',
          area.id,
        );
      }
    }
  });
}

export function isReferenceArea(area: AreaFeature | undefined): boolean {
  return area?.properties.role === 'reference';
}
