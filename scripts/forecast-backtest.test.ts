import { expect, test } from 'vitest';
import { backtestSeries, backtestTable } from './forecast-backtest';

const annual = (from: number, values: number[]) => values.map((value, i) => ({ period: String(from + i), value, quality: 'measured' as const }));

test('on a straight line the forecast is exact, the last value is off by three years of change', () => {
  // 10 values falling 2 a year: cut-offs 2012 … 2016 (three points needed, a value three years later).
  const result = backtestSeries(annual(2010, [40, 38, 36, 34, 32, 30, 28, 26, 24, 22]), undefined);
  expect(result.cutoffs).toBe(5);
  expect(result.trend).toBeCloseTo(0, 9);
  expect(result.lastValue).toBeCloseTo(6, 9);
  expect(result.straightPath).toBeNull();
});

test('the straight path is scored when there is a target, and fewer than 8 values are skipped', () => {
  const target = { indicatorId: 'x', areaId: 'a', baseline: { period: '2010', value: 40 }, target: { period: '2020', value: 20 } };
  expect(backtestSeries(annual(2010, [40, 38, 36, 34, 32, 30, 28, 26, 24, 22]), target).straightPath).toBeCloseTo(0, 9);
  expect(backtestSeries(annual(2010, [40, 38, 36, 34, 32, 30, 28]), target).cutoffs).toBe(0);
  const table = backtestTable([{ indicatorId: 'x', areaId: 'a', unit: 'u', cutoffs: 5, trend: 0, lastValue: 6, straightPath: null }]);
  expect(table).toContain('| x | a | 5 | **0.00** | 6.00 | – | u |');
});
