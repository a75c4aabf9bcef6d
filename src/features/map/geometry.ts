/**
 * Small geometry helpers for the map: where to put a site's symbol (sites may be points or
 * polygons), a district's label, and the bounds that frame a set of features. Pure; WGS84
 * lon/lat throughout. Polygons are small (a building, a district), so planar formulas on
 * lon/lat are precise enough for placing a symbol.
 */
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { boundingBox, geometryPositions, isEmptyBox } from '../../contract/positions';

export type LonLat = [number, number];
/** [[west, south], [east, north]] */
export type Bounds = [LonLat, LonLat];

type Position = readonly [number, number, ...number[]];
type PolygonCoordinates = ReadonlyArray<ReadonlyArray<Position>>;

function ringCentroid(ring: ReadonlyArray<Position>): { point: LonLat; area: number } | undefined {
  if (ring.length === 0) return undefined;
  // Relative to the first vertex: with lon/lat around (18, 59) the products would otherwise lose precision.
  const [ox, oy] = ring[0] as Position;
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let index = 0; index < ring.length; index++) {
    const [ax, ay] = ring[index] as Position;
    const [bx, by] = ring[(index + 1) % ring.length] as Position;
    const [x0, y0, x1, y1] = [ax - ox, ay - oy, bx - ox, by - oy];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(twiceArea) < 1e-18) {
    // Degenerate ring (all points on a line): the mean of its vertices.
    const n = ring.length;
    return { point: [ring.reduce((sum, p) => sum + p[0], 0) / n, ring.reduce((sum, p) => sum + p[1], 0) / n], area: 0 };
  }
  return { point: [ox + cx / (3 * twiceArea), oy + cy / (3 * twiceArea)], area: Math.abs(twiceArea / 2) };
}

/** The area-weighted centroid of the polygons' outer rings (holes are ignored; fine for a symbol). */
function polygonsCentroid(polygons: ReadonlyArray<PolygonCoordinates>): LonLat | undefined {
  const parts = polygons.map((polygon) => (polygon[0] ? ringCentroid(polygon[0]) : undefined)).filter((part) => part !== undefined);
  const total = parts.reduce((sum, part) => sum + part.area, 0);
  if (parts.length === 0) return undefined;
  if (total === 0) return parts[0]?.point;
  return [parts.reduce((sum, part) => sum + part.point[0] * part.area, 0) / total, parts.reduce((sum, part) => sum + part.point[1] * part.area, 0) / total];
}

/** Where a site's symbol goes: the point itself, or the centroid of its polygon(s). */
export function siteAnchor(geometry: SiteFeature['geometry']): LonLat | undefined {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0], geometry.coordinates[1]];
    case 'Polygon':
      return polygonsCentroid([geometry.coordinates]);
    case 'MultiPolygon':
      return polygonsCentroid(geometry.coordinates);
  }
}

/**
 * Where a district's name goes: above its largest polygon — the centroid's longitude at the
 * polygon's northern edge — so the label (anchored at its bottom) never hides the sites inside.
 */
export function areaLabelAnchor(geometry: AreaFeature['geometry']): LonLat | undefined {
  if (geometry === null) return undefined;
  const polygons: PolygonCoordinates[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { point: LonLat; area: number; north: number } | undefined;
  for (const polygon of polygons) {
    const ring = polygon[0];
    const centroid = ring ? ringCentroid(ring) : undefined;
    if (ring && centroid && (!best || centroid.area > best.area)) best = { ...centroid, north: Math.max(...ring.map((position) => position[1])) };
  }
  return best ? [best.point[0], best.north] : undefined;
}

/** The bounds of all the features, or undefined when there are none. */
export function boundsOf(features: ReadonlyArray<Pick<AreaFeature, 'geometry'> | Pick<SiteFeature, 'geometry'>>): Bounds | undefined {
  const box = boundingBox(features.flatMap((feature) => geometryPositions(feature.geometry)));
  if (isEmptyBox(box)) return undefined;
  return [
    [box.minLon, box.minLat],
    [box.maxLon, box.maxLat],
  ];
}
