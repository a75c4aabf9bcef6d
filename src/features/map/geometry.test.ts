import { expect, test } from 'vitest';
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { areaLabelAnchor, boundsOf, siteAnchor } from './geometry';
import { square } from './testing/shapes';

test('a point site is drawn at its point', () => {
  expect(siteAnchor({ type: 'Point', coordinates: [18.05, 59.3] })).toEqual([18.05, 59.3]);
});

test('a polygon site is drawn at the centroid of its outline', () => {
  const [lon, lat] = siteAnchor({ type: 'Polygon', coordinates: [square(18, 59, 0.02)] }) ?? [];
  expect(lon).toBeCloseTo(18.01, 10);
  expect(lat).toBeCloseTo(59.01, 10);
});

test('the centroid of an L-shaped polygon is weighted by area, not the mean of its corners', () => {
  // An L: a 2×1 block with a 1×1 block on top of its left half. Area 3, centroid (5/6, 5/6).
  const ring: [number, number][] = [
    [0, 0],
    [2, 0],
    [2, 1],
    [1, 1],
    [1, 2],
    [0, 2],
    [0, 0],
  ];
  const [x, y] = siteAnchor({ type: 'Polygon', coordinates: [ring] }) ?? [];
  expect(x).toBeCloseTo(5 / 6, 10);
  expect(y).toBeCloseTo(5 / 6, 10);
});

test('a multipolygon site is drawn at the area-weighted centroid of its parts', () => {
  const anchor = siteAnchor({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(3, 0, 1)]] });
  expect(anchor?.[0]).toBeCloseTo(2, 10);
  expect(anchor?.[1]).toBeCloseTo(0.5, 10);
});

test('a degenerate polygon (all corners on a line) falls back to the mean of its corners', () => {
  const anchor = siteAnchor({
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [4, 0],
        [0, 0],
      ],
    ],
  });
  expect(anchor).toEqual([1.5, 0]);
});

test('a district label sits on the northern edge of its largest part, above the centroid', () => {
  const geometry: AreaFeature['geometry'] = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, 10, 4)]] };
  expect(areaLabelAnchor(geometry)).toEqual([12, 14]);
});

test('the bounds cover every position of every feature', () => {
  const features: Array<Pick<SiteFeature, 'geometry'>> = [
    { geometry: { type: 'Point', coordinates: [18.1, 59.4] } },
    { geometry: { type: 'Polygon', coordinates: [square(17.9, 59.2, 0.05)] } },
  ];
  expect(boundsOf(features)).toEqual([
    [17.9, 59.2],
    [18.1, 59.4],
  ]);
});

test('there are no bounds without features', () => {
  expect(boundsOf([])).toBeUndefined();
});
