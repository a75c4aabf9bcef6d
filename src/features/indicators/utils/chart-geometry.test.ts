import { expect, test } from 'vitest';
import { CHART_MARGIN, chartScales, linePath, plotBox, pointInPlot, TIME_AXIS_HEIGHT, VALUE_AXIS_WIDTH } from './chart-geometry';
import type { ChartPoint } from './chart-maths';
import { AXIS_SPACE } from './prepare-chart';

const point = (t: number, v: number | null): ChartPoint => ({ t, v, period: String(t), quality: 'measured', note: undefined });

test('the plot sits inside the margins and the axes, and its width is what prepareChart reduces the points to', () => {
  const box = plotBox(720, 360);
  expect(box).toEqual({
    left: CHART_MARGIN.left + VALUE_AXIS_WIDTH,
    top: CHART_MARGIN.top,
    right: 720 - CHART_MARGIN.right,
    bottom: 360 - CHART_MARGIN.bottom - TIME_AXIS_HEIGHT,
  });
  expect(box.right - box.left).toBe(720 - AXIS_SPACE);
});

test('time runs left to right and values bottom to top across the plot', () => {
  const box = plotBox(196, 138);
  const scales = chartScales(box, [0, 10], [0, 100]);
  expect([scales.x(0), scales.x(10)]).toEqual([box.left, box.right]);
  expect([scales.y(0), scales.y(100)]).toEqual([box.bottom, box.top]);
  // A single-valued domain is drawn in the middle rather than divided by zero.
  expect(chartScales(box, [5, 5], [3, 3]).y(3)).toBe((box.top + box.bottom) / 2);
});

test('a line breaks where a value is missing, and a lone value between gaps draws no segment', () => {
  const scales = { x: (t: number) => t * 10, y: (v: number) => 100 - v };
  expect(linePath([point(1, 10), point(2, 20), point(3, 30)], scales)).toBe('M10 90L20 80L30 70');
  expect(linePath([point(1, 10), point(2, 20), point(3, null), point(4, 40), point(5, 50)], scales)).toBe('M10 90L20 80M40 60L50 50');
  expect(linePath([point(1, 10), point(2, null), point(3, 30), point(4, null)], scales)).toBe('');
  expect(linePath([point(1, 1 / 3)], scales)).toBe('');
  expect(linePath([point(1, 1 / 3), point(2, 2 / 3)], scales)).toBe('M10 99.67L20 99.33');
});

test('markers outside the plot are not drawn, as recharts hides them', () => {
  const box = plotBox(196, 138);
  const scales = chartScales(box, [0, 10], [0, 100]);
  expect(pointInPlot({ t: 5, v: 50 }, scales, box)).toEqual({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
  expect(pointInPlot({ t: 11, v: 50 }, scales, box)).toBeUndefined();
  expect(pointInPlot({ t: 5, v: -1 }, scales, box)).toBeUndefined();
});
