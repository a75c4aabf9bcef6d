import { expect, test } from 'vitest';
import type { Point, Target } from '../../../contract/schemas';
import { AXIS_SPACE, prepareChart } from './prepare-chart';
import { chartPoints } from './chart-maths';
import type { SeriesInfo } from './describe-series';

function series(key: string, kind: 'area' | 'site', points: Point[], colorIndex = 0): SeriesInfo {
  const [areaId = key, siteId] = key.split('.');
  return { key, kind, areaId, siteId, name: key, areaName: areaId, points, colorIndex };
}

const yearly = (first: number, values: number[]): Point[] => values.map((value, index) => ({ period: String(first + index), value, quality: 'measured' }));
const daily = (count: number): Point[] =>
  Array.from({ length: count }, (_, index) => ({
    period: new Date(Date.UTC(2015, 0, 1 + index)).toISOString().slice(0, 10),
    value: Math.sin(index / 30) * 10 + 50,
    quality: 'measured' as const,
  }));

const target = (areaId: string, baseline: [string, number], goal: [string, number]): Target => ({
  indicatorId: 'energy',
  areaId,
  baseline: { period: baseline[0], value: baseline[1] },
  target: { period: goal[0], value: goal[1] },
});

const input = (visible: SeriesInfo[], from: number, to: number, width = 720, targets: Target[] = []) => ({
  inRange: visible.map((item) => ({ series: item, points: chartPoints(item.points, from, to) })),
  targets,
  events: [],
  from,
  to,
  width,
});

test('a long series is reduced to about one point per pixel of the plot; the counts say how many were in range and drawn', () => {
  const long = series('arsta', 'area', daily(4000));
  const prepared = prepareChart(input([long], 2015, 2025, 720));
  expect(prepared.total).toBe(4000);
  expect(prepared.drawn).toBeLessThanOrEqual(720 - AXIS_SPACE);
  expect(prepared.drawn).toBeGreaterThan(500);
  expect(prepared.series[0]?.points[0]?.period).toBe('2015-01-01');
  expect(prepared.series[0]?.points.at(-1)?.period).toBe(daily(4000).at(-1)?.period);
});

test('a short series is drawn as it is', () => {
  const prepared = prepareChart(input([series('arsta', 'area', yearly(2015, [155, 150, 120, 90, 62]))], 2015, 2019));
  expect(prepared.series[0]?.points.map((point) => point.v)).toEqual([155, 150, 120, 90, 62]);
  expect(prepared.total).toBe(5);
  expect(prepared.drawn).toBe(5);
});

test('targets are drawn for visible districts only, clipped to the range, with markers inside it', () => {
  const arsta = series('arsta', 'area', yearly(2015, [155, 120, 90]), 0);
  const site = series('arsta.6f', 'site', yearly(2015, [132, 100, 38]), 2);
  const targets = [target('arsta', ['2015', 155], ['2030', 55]), target('nds', ['2015', 80], ['2030', 55])];
  const prepared = prepareChart(input([arsta, site], 2015, 2017, 720, targets));
  expect(prepared.targets).toHaveLength(1);
  const [drawn] = prepared.targets;
  expect(drawn?.key).toBe('arsta');
  expect(drawn?.baseline).toEqual({ t: Date.UTC(2015, 0, 1), v: 155 });
  // The range ends at the last value (2017-01-01): the 2030 target is outside, the path stops there.
  expect(drawn?.target).toBeUndefined();
  expect(drawn?.path?.[1].t).toBe(Date.UTC(2017, 0, 1));
  // The time axis spans the range with a little air at both ends, so no value sits on the value axis.
  const [start, end] = prepared.xDomain;
  expect(start).toBeLessThan(Date.UTC(2015, 0, 1));
  expect(start).toBeGreaterThan(Date.UTC(2014, 11, 1));
  expect(end).toBeGreaterThan(Date.UTC(2017, 0, 1));
  expect(end).toBeLessThan(Date.UTC(2017, 1, 1));
  expect(prepared.xTicks[0]).toBe(Date.UTC(2015, 0, 1));
});

test('the value axis covers the values and the target path, from zero', () => {
  const arsta = series('arsta', 'area', yearly(2015, [80, 78, 76]));
  const prepared = prepareChart(input([arsta], 2015, 2017, 720, [target('arsta', ['2015', 80], ['2017', 40])]));
  expect(prepared.yScale.ticks[0]).toBe(0);
  expect(prepared.yScale.ticks.at(-1)).toBeGreaterThanOrEqual(80);
});
