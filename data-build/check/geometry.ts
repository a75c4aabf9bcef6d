/**
 * Plane geometry on lon/lat positions, enough for the validator's plausibility checks (swapped
 * coordinates, a site outside its area). Fine at district scale; not a GIS.
 */
import type { AreaFeature, SiteFeature } from '../../src/lib/api/schemas.ts';

export type Position = [number, number];
export interface Box {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

type AnyGeometry = SiteFeature['geometry'] | AreaFeature['geometry'];

/**
 * All positions of a Point / Polygon / MultiPolygon geometry (already schema-checked). A
 * reference area may have no geometry (`null`): it has no positions.
 */
export function positionsOf(geometry: AnyGeometry | null): Position[] {
  const asPosition = (p: number[]): Position => [p[0] ?? Number.NaN, p[1] ?? Number.NaN];
  if (geometry === null) return [];
  switch (geometry.type) {
    case 'Point':
      return [asPosition(geometry.coordinates)];
    case 'Polygon':
      return geometry.coordinates.flat().map(asPosition);
    case 'MultiPolygon':
      return geometry.coordinates.flat(2).map(asPosition);
  }
}

export function boxOf(positions: ReadonlyArray<Position>): Box {
  return {
    minLon: Math.min(...positions.map((p) => p[0])),
    minLat: Math.min(...positions.map((p) => p[1])),
    maxLon: Math.max(...positions.map((p) => p[0])),
    maxLat: Math.max(...positions.map((p) => p[1])),
  };
}

export function grow(box: Box, margin: number): Box {
  return { minLon: box.minLon - margin, minLat: box.minLat - margin, maxLon: box.maxLon + margin, maxLat: box.maxLat + margin };
}

export function inBox(box: Box, [lon, lat]: Position): boolean {
  return lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat;
}

export function boxesMeet(a: Box, b: Box): boolean {
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
export function areasBox(areas: ReadonlyArray<AreaFeature>): Box | undefined {
  const positions = areas.flatMap((area) => positionsOf(area.geometry));
  return positions.length === 0 ? undefined : boxOf(positions);
}
