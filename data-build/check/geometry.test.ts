import { expect, test } from 'vitest';
import type { AreaFeature } from '../../src/contract/schemas.ts';
import { geometryPositions } from '../../src/contract/positions.ts';
import { areasBox, inArea, polygonsOf, isCounterClockwise, rewind, wrongWindings } from './geometry.ts';

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

type Ring = Array<[number, number]>;
const ring = (...points: Ring): Ring => [...points, points[0] as [number, number]];
// Counter-clockwise on the lon/lat plane (east, then north, then back west).
const ccw = ring([0, 0], [4, 0], [4, 4], [0, 4]);
const cwHole = ring([1, 1], [1, 2], [2, 2], [2, 1]);
const reversed = (r: Ring): Ring => [...r].reverse();

test('winding: exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6)', () => {
  expect(isCounterClockwise(ccw)).toBe(true);
  expect(isCounterClockwise(reversed(ccw))).toBe(false);
  expect(wrongWindings({ type: 'Polygon', coordinates: [ccw, cwHole] })).toEqual([]);
  expect(wrongWindings({ type: 'Polygon', coordinates: [reversed(ccw), reversed(cwHole)] })).toEqual([
    [0, 0],
    [0, 1],
  ]);
  expect(wrongWindings({ type: 'MultiPolygon', coordinates: [[ccw], [reversed(ccw)]] })).toEqual([[1, 0]]);
});

test('rewind turns every ring the RFC 7946 way and counts the rings it turned', () => {
  const { geometry, turned } = rewind({ type: 'Polygon', coordinates: [reversed(ccw), reversed(cwHole)] });
  expect(geometry).toEqual({ type: 'Polygon', coordinates: [ccw, cwHole] });
  expect(turned).toBe(2);
  const multi = rewind({ type: 'MultiPolygon', coordinates: [[ccw, cwHole], [reversed(ccw)]] });
  expect(multi.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[ccw, cwHole], [ccw]] });
  expect(multi.turned).toBe(1);
  expect(rewind(null)).toEqual({ geometry: null, turned: 0 });
});
