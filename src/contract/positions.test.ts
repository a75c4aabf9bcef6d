import { expect, test } from 'vitest';
import { boundingBox, geometryPositions, isEmptyBox, polygonRings } from './positions';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [18, 59],
      [18.1, 59],
      [18.1, 59.1],
      [18, 59.1],
      [18, 59],
    ] as Array<[number, number]>,
  ],
};

test('walks every position of a point, a polygon and a multipolygon', () => {
  expect(geometryPositions({ type: 'Point', coordinates: [18, 59] })).toEqual([[18, 59]]);
  expect(geometryPositions(square)).toHaveLength(5);
  expect(geometryPositions({ type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] })).toHaveLength(10);
  expect(polygonRings({ type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] })).toHaveLength(2);
});

test('the bounding box spans the positions; no positions give an empty box', () => {
  expect(boundingBox(geometryPositions(square))).toEqual({ minLon: 18, minLat: 59, maxLon: 18.1, maxLat: 59.1 });
  expect(isEmptyBox(boundingBox([]))).toBe(true);
  expect(isEmptyBox(boundingBox([[18, 59]]))).toBe(false);
});
