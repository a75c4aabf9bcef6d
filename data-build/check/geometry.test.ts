import { expect, test } from 'vitest';
import type { AreaFeature } from '../../src/contract/schemas.ts';
import { geometryPositions } from '../../src/contract/positions.ts';
import { areasBox, inArea, polygonsOf } from './geometry.ts';

const drawn = {
  type: 'Feature',
  id: 'a',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [18, 59],
        [18.1, 59],
        [18.1, 59.1],
        [18, 59],
      ],
    ],
  },
  properties: { name: { sv: 'A' } },
} as AreaFeature;
// A reference area without geometry (docs/sources.md, "Reference areas").
const reference = { type: 'Feature', id: 'city', geometry: null, properties: { name: { sv: 'Staden' }, role: 'reference' } } as unknown as AreaFeature;

test('an area without geometry has no positions, no polygons, contains nothing and does not widen the box', () => {
  expect(geometryPositions(reference.geometry)).toEqual([]);
  expect(polygonsOf(reference)).toEqual([]);
  expect(inArea(reference, [18.05, 59.01])).toBe(false);
  expect(areasBox([drawn, reference])).toEqual({ minLon: 18, minLat: 59, maxLon: 18.1, maxLat: 59.1 });
  expect(areasBox([reference])).toBeUndefined();
});
