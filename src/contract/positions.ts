/**
 * The one place that walks a GeoJSON geometry's positions and takes their bounding box; used by
 * the map (framing features), the district outlines on cards, and `data:check` (swapped
 * coordinates, sites outside their area). WGS84 lon/lat; planar, which is fine at district scale.
 */
import type { AreaFeature, SiteFeature } from './schemas';

/** A GeoJSON position: [longitude, latitude, …]. */
export type Position = readonly [number, number, ...number[]];
export type Geometry = AreaFeature['geometry'] | SiteFeature['geometry'];

export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** The rings of a Polygon or MultiPolygon, outer and inner, in document order (none for a reference area without geometry). */
export function polygonRings(geometry: AreaFeature['geometry']): Position[][] {
  if (geometry === null) return [];
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Every position of a Point, Polygon or MultiPolygon. */
export function geometryPositions(geometry: Geometry): ReadonlyArray<Position> {
  if (geometry === null) return [];
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/** The box around the positions; for no positions it is empty (min = +∞, max = −∞). */
export function boundingBox(positions: Iterable<Position>): BoundingBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const [lon, lat] of positions) {
    box.minLon = Math.min(box.minLon, lon);
    box.minLat = Math.min(box.minLat, lat);
    box.maxLon = Math.max(box.maxLon, lon);
    box.maxLat = Math.max(box.maxLat, lat);
  }
  return box;
}

export function isEmptyBox(box: BoundingBox): boolean {
  return !(box.minLon <= box.maxLon && box.minLat <= box.maxLat);
}
