/**
 * Plane geometry on lon/lat positions, enough for the validator's plausibility checks (swapped
 * coordinates, a site outside its area). Fine at district scale; not a GIS.
 */
import { boundingBox, geometryPositions, type BoundingBox, type Position } from '../../src/contract/positions.ts';
import type { AreaFeature } from '../../src/contract/schemas.ts';

export function grow(box: BoundingBox, margin: number): BoundingBox {
  return { minLon: box.minLon - margin, minLat: box.minLat - margin, maxLon: box.maxLon + margin, maxLat: box.maxLat + margin };
}

export function inBox(box: BoundingBox, [lon, lat]: Position): boolean {
  return lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat;
}

export function boxesMeet(a: BoundingBox, b: BoundingBox): boolean {
  return a.minLon <= b.maxLon && b.minLon <= a.maxLon && a.minLat <= b.maxLat && b.minLat <= a.maxLat;
}

export function swap([lon, lat]: Position): Position {
  return [lat, lon];
}

/** Ray casting on one ring (lon/lat treated as plane coordinates; fine at district scale). */
function inRing(ring: ReadonlyArray<ReadonlyArray<number>>, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The polygons of an area (none for a reference area without geometry). */
export function polygonsOf(area: AreaFeature): number[][][][] {
  const geometry = area.geometry as AreaFeature['geometry'] | null;
  if (geometry === null) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function inArea(area: AreaFeature, position: Position): boolean {
  return polygonsOf(area).some(([outer, ...holes]) => outer !== undefined && inRing(outer, position) && !holes.some((hole) => inRing(hole, position)));
}

/** The bounding box of the areas that have a geometry, or undefined when none has. */
export function areasBox(areas: ReadonlyArray<AreaFeature>): BoundingBox | undefined {
  const positions = areas.flatMap((area) => geometryPositions(area.geometry));
  return positions.length === 0 ? undefined : boundingBox(positions);
}

/**
 * Twice the signed area of a ring on the lon/lat plane (shoelace): positive when the ring runs
 * counter-clockwise. RFC 7946 §3.1.6 defines winding on exactly this plane.
 */
function signedArea(ring: ReadonlyArray<ReadonlyArray<number>>): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return sum;
}

export function isCounterClockwise(ring: ReadonlyArray<ReadonlyArray<number>>): boolean {
  return signedArea(ring) > 0;
}

type PolygonalGeometry = Extract<AreaFeature['geometry'], { type: 'Polygon' | 'MultiPolygon' }>;

/** Polygons of a Polygon / MultiPolygon, with the positions in `[polygon, ring]` a path needs. */
function polygonsOfGeometry(geometry: PolygonalGeometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * RFC 7946 §3.1.6: a producer writes exterior rings counter-clockwise and holes clockwise. The
 * `[polygon, ring]` positions of rings that run the other way (a degenerate ring with no area
 * has no direction and is left alone).
 */
export function wrongWindings(geometry: PolygonalGeometry | null): Array<[number, number]> {
  if (geometry === null) return [];
  const wrong: Array<[number, number]> = [];
  polygonsOfGeometry(geometry).forEach((polygon, p) =>
    polygon.forEach((ring, r) => {
      const area = signedArea(ring);
      if (area !== 0 && area > 0 !== (r === 0)) wrong.push([p, r]);
    }),
  );
  return wrong;
}

/** The geometry with every ring turned the RFC 7946 way, and how many rings had to be turned. */
export function rewind<G extends PolygonalGeometry | null>(geometry: G): { geometry: G; turned: number } {
  if (geometry === null) return { geometry, turned: 0 };
  const wrong = new Set(wrongWindings(geometry).map(([p, r]) => `${p}/${r}`));
  if (wrong.size === 0) return { geometry, turned: 0 };
  const turn = (polygon: number[][][], p: number) => polygon.map((ring, r) => (wrong.has(`${p}/${r}`) ? [...ring].reverse() : ring));
  const turned =
    geometry.type === 'Polygon'
      ? { ...geometry, coordinates: turn(geometry.coordinates, 0) }
      : { ...geometry, coordinates: geometry.coordinates.map((polygon, p) => turn(polygon, p)) };
  return { geometry: turned as G, turned: wrong.size };
}
