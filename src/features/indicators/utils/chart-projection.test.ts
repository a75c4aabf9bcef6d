import { expect, test } from 'vitest';
import { forecastTarget } from '../../../core/forecast';
import { projectedTableRows } from './chart-projection';
import type { SeriesInfo } from './describe-series';

const series = (areaId: string, kind: SeriesInfo['kind'] = 'area') =>
  ({ key: areaId, kind, areaId, siteId: undefined, name: areaId, areaName: areaId, points: [], colorIndex: 0 }) as SeriesInfo;

// A line falling by 1 a year from 10 in 2020 (latest value 2024: 6) towards 2 in 2028.
const forecast = forecastTarget({
  target: { baseline: { period: '2020', value: 10 }, target: { period: '2028', value: 2 } },
  points: [10, 9, 8, 7, 6].map((value, i) => ({ period: String(2020 + i), value })),
});

test('the projected table lists each whole year after the latest value up to the target year, per visible district', () => {
  const rows = projectedTableRows([{ areaId: 'alpha', forecast }], [series('alpha')]);
  expect(rows.map(({ series, step }) => [series.areaId, Math.round(step.time), Number(step.value.toFixed(6))])).toEqual([
    ['alpha', 2025, 5],
    ['alpha', 2026, 4],
    ['alpha', 2027, 3],
    ['alpha', 2028, 2],
  ]);
});

test('a district that is hidden, or only a site series of it, gets no projected rows', () => {
  expect(projectedTableRows([{ areaId: 'alpha', forecast }], [series('beta')])).toEqual([]);
  expect(projectedTableRows([{ areaId: 'alpha', forecast }], [series('alpha', 'site')])).toEqual([]);
});
