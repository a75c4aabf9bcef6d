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
