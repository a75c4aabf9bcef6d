/**
 * A district outline as an SVG path (empty for an area without geometry), for the small pictures on cards (no map library needed).
 * Uses an equirectangular projection scaled by cos(latitude), which is true enough at a
 * district's size.
 */
import type { AreaFeature } from '../api/schemas';
import { boundingBox, polygonRings, type Position } from './positions';

export function outlinePath(geometry: AreaFeature['geometry'], width: number, height: number, padding = 4): string {
  const rings = polygonRings(geometry);
  if (rings.every((ring) => ring.length === 0)) return '';
  const { minLon, maxLon, minLat, maxLat } = boundingBox(rings.flat());
  const meanLat = ((minLat + maxLat) / 2) * (Math.PI / 180);
  const spanX = Math.max((maxLon - minLon) * Math.cos(meanLat), 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const project = ([lon, lat]: Position) =>
    `${(offsetX + (lon - minLon) * Math.cos(meanLat) * scale).toFixed(1)},${(offsetY + (maxLat - lat) * scale).toFixed(1)}`;
  return rings.map((ring) => `M${ring.map(project).join('L')}Z`).join('');
}
