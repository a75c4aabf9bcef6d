/**
 * District outlines (and points) as SVG, for the small pictures on cards and the map's stand-in
 * (no map library needed). Uses an equirectangular projection scaled by cos(latitude), which is
 * true enough at a district's size.
 */
import type { AreaFeature } from '../../contract/schemas';
import { boundingBox, isEmptyBox, polygonRings, type BoundingBox, type Position } from '../../contract/positions';

/** Maps a lon/lat position to x/y in a picture (y grows downwards). */
export type Projection = (position: Position) => readonly [x: number, y: number];

/** The projection that fits `box` into a `width` × `height` picture, centred, keeping `padding` free on every side. */
export function fitProjection(box: BoundingBox, width: number, height: number, padding = 4): Projection {
  const meanLat = ((box.minLat + box.maxLat) / 2) * (Math.PI / 180);
  const xScale = Math.cos(meanLat);
  const spanX = Math.max((box.maxLon - box.minLon) * xScale, 1e-9);
  const spanY = Math.max(box.maxLat - box.minLat, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return ([lon, lat]) => [offsetX + (lon - box.minLon) * xScale * scale, offsetY + (box.maxLat - lat) * scale];
}

/** A district's rings as an SVG path in a given projection (empty for an area without geometry). */
export function projectedOutline(geometry: AreaFeature['geometry'], project: Projection): string {
  const point = (position: Position) =>
    project(position)
      .map((value) => value.toFixed(1))
      .join(',');
  return polygonRings(geometry)
    .filter((ring) => ring.length > 0)
    .map((ring) => `M${ring.map(point).join('L')}Z`)
    .join('');
}

/** A district outline as an SVG path filling a `width` × `height` picture (empty for an area without geometry). */
export function outlinePath(geometry: AreaFeature['geometry'], width: number, height: number, padding = 4): string {
  const box = boundingBox(polygonRings(geometry).flat());
  if (isEmptyBox(box)) return '';
  return projectedOutline(geometry, fitProjection(box, width, height, padding));
}
