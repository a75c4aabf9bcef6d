import { expect, test } from 'vitest';
import type { Point } from '../../../contract/schemas';
import { chartPoints, clipSegment, eventLabelWidth, groupEventMarkers, reduceForChart, timeTicks, valueScale } from './chart-maths';
import { nearestPoint } from './nearest-point';

const point = (period: string, value: number | null, quality: Point['quality'] = 'measured'): Point => ({ period, value, quality });

test('chart points are the range only, in time order, with nulls kept', () => {
  const points = chartPoints([point('2018', 3), point('2016', null), point('2014', 1), point('2017-06', 2, 'estimated')], 2015, 2018);
  expect(points.map((item) => [item.period, item.v, item.quality])).toEqual([
    ['2016', null, undefined], // a point without a value has no quality
    ['2017-06', 2, 'estimated'],
    ['2018', 3, 'measured'],
  ]);
  expect(points[1]?.t).toBe(Date.UTC(2017, 5, 1));
});

test('long series are reduced for drawing; short ones are left alone', () => {
  const daily = Array.from({ length: 5000 }, (_, index) => ({
    t: index * 86_400_000,
    v: index === 2500 ? null : Math.sin(index),
    period: 'x',
    quality: 'measured' as const,
    note: undefined,
  }));
  const reduced = reduceForChart(daily, 800);
  expect(reduced.length).toBeLessThanOrEqual(800);
  expect(reduced.filter((item) => item.v === null)).toHaveLength(1);
  expect(reduceForChart(daily.slice(0, 10), 800)).toHaveLength(10);
});

test('the target path is clipped to the range by straight-line interpolation', () => {
  const start = { t: 0, v: 100 };
  const end = { t: 100, v: 0 };
  expect(clipSegment(start, end, -10, 200)).toEqual([start, end]);
  expect(clipSegment(start, end, 25, 50)).toEqual([
    { t: 25, v: 75 },
    { t: 50, v: 50 },
  ]);
  expect(clipSegment(start, end, 150, 200)).toBeUndefined();
  expect(clipSegment(start, { t: 0, v: 5 }, -10, 10)).toBeUndefined();
});

test('the value axis starts at zero for quantities and ends on a round number', () => {
  expect(valueScale([56, 155, 62])).toEqual({ domain: [0, 200], ticks: [0, 50, 100, 150, 200], startsAtZero: true });
  expect(valueScale([0.5, 0.9])).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], startsAtZero: true });
  expect(valueScale([-3, 12]).startsAtZero).toBe(false);
  expect(valueScale([-3, 12]).domain[0]).toBeLessThanOrEqual(-3);
  expect(valueScale([])).toMatchObject({ domain: [0, 1] });
  expect(valueScale([0, 0])).toMatchObject({ domain: [0, 1] });
});

test('time ticks fall on year starts, thinned for long spans, or on months for short ones', () => {
  const year = (y: number) => Date.UTC(y, 0, 1);
  expect(timeTicks(year(2015), year(2020), 10)).toEqual([2015, 2016, 2017, 2018, 2019, 2020].map(year));
  expect(timeTicks(year(2015), year(2030), 6)).toEqual([2015, 2020, 2025, 2030].map(year));
  expect(timeTicks(year(1750), year(2024), 10).length).toBeLessThanOrEqual(10);
  expect(timeTicks(Date.UTC(2025, 6, 1), Date.UTC(2026, 0, 1), 12)).toEqual([6, 7, 8, 9, 10, 11, 12].map((month) => Date.UTC(2025, month, 1)));
});

test('the nearest point is found within the tolerance only', () => {
  const points = chartPoints([point('2015', 1), point('2016', 2), point('2018', 4)], 2015, 2018);
  const day = 86_400_000;
  expect(nearestPoint(points, Date.UTC(2016, 0, 3), 5 * day)?.period).toBe('2016');
  expect(nearestPoint(points, Date.UTC(2017, 0, 1), 5 * day)).toBeUndefined();
  expect(nearestPoint(points, Date.UTC(2030, 0, 1), 1e15)?.period).toBe('2018');
  expect(nearestPoint([], 0, 1)).toBeUndefined();
});

test('events closer than a label are grouped into one marker', () => {
  const day = 86_400_000;
  const markers = groupEventMarkers(
    [
      { id: 'a', t: 0 },
      { id: 'b', t: 10 * day },
      { id: 'c', t: 365 * day },
      { id: 'd', t: 366 * day },
      { id: 'e', t: 367 * day },
      { id: 'f', t: 2000 * day },
    ],
    day, // one day per pixel
    36,
  );
  expect(markers.map((marker) => [marker.id, marker.label])).toEqual([
    ['a', '1, 2'],
    ['c', '3–5'],
    ['f', '6'],
  ]);
});

test('event labels never run together: a group ends only where its label has room ("1, 2" then "3" 40 px on is one group)', () => {
  const day = 86_400_000;
  // One day per pixel; events at 0, 20, 40 and 200 px.
  const markers = groupEventMarkers(
    [
      { id: 'a', t: 0 },
      { id: 'b', t: 20 * day },
      { id: 'c', t: 40 * day },
      { id: 'd', t: 200 * day },
    ],
    day,
    36,
  );
  expect(markers.map((marker) => marker.label)).toEqual(['1–3', '4']);
  for (const [index, marker] of markers.entries()) {
    const next = markers[index + 1];
    if (next) expect((next.t - marker.t) / day).toBeGreaterThanOrEqual(eventLabelWidth(marker.label));
  }
});
