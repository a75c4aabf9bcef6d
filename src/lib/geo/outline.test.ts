import { expect, test } from 'vitest';
import { outlinePath } from './outline';

test('draws a square district as a closed path inside the box, north up', () => {
  const path = outlinePath(
    {
      type: 'Polygon',
      coordinates: [
        [
          [18, 59],
          [18.01, 59],
          [18.01, 59.01],
          [18, 59.01],
          [18, 59],
        ],
      ],
    },
    100,
    100,
    0,
  );
  expect(path.startsWith('M')).toBe(true);
  expect(path.endsWith('Z')).toBe(true);
  const points = path
    .slice(1, -1)
    .split('L')
    .map((pair) => pair.split(',').map(Number));
  for (const [x, y] of points) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(100);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(100);
  }
  // The first corner is the south-west one: bottom of the picture.
  expect(points[0]?.[1]).toBeCloseTo(100, 0);
});

test('draws every polygon of a multipolygon', () => {
  const square = [
    [
      [18, 59],
      [18.01, 59],
      [18.01, 59.01],
      [18, 59.01],
      [18, 59],
    ],
  ];
  const shifted = [
    [
      [18.02, 59],
      [18.03, 59],
      [18.03, 59.01],
      [18.02, 59.01],
      [18.02, 59],
    ],
  ];
  const path = outlinePath({ type: 'MultiPolygon', coordinates: [square, shifted] as never }, 100, 50);
  expect(path.match(/M/g)).toHaveLength(2);
});
