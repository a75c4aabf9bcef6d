/**
 * A district outline as an SVG path (empty for an area without geometry), for the small pictures on cards (no map library needed).
 * Uses an equirectangular projection scaled by cos(latitude), which is true enough at a
 * district's size.
 */
import type { AreaFeature } from '../api/schemas';

type Position = readonly [number, number, ...number[]];

function rings(geometry: AreaFeature['geometry']): Position[][] {
  if (geometry === null) return [];
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function outlinePath(geometry: AreaFeature['geometry'], width: number, height: number, padding = 4): string {
  const all = rings(geometry).flat();
  if (all.length === 0) return '';
  const lons = all.map((position) => position[0]);
  const lats = all.map((position) => position[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const meanLat = ((minLat + maxLat) / 2) * (Math.PI / 180);
  const spanX = Math.max((maxLon - minLon) * Math.cos(meanLat), 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const project = ([lon, lat]: Position) =>
    `${(offsetX + (lon - minLon) * Math.cos(meanLat) * scale).toFixed(1)},${(offsetY + (maxLat - lat) * scale).toFixed(1)}`;
  return rings(geometry)
    .map((ring) => `M${ring.map(project).join('L')}Z`)
    .join('');
}
