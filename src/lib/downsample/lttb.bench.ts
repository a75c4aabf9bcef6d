/**
 * Run with `npx vitest bench --run src/lib/downsample`. Target: 100 000 → 1 000 points in ≤ 2 ms
 * (the median is written down in docs/indicators.md).
 */
import { bench, describe } from 'vitest';
import { lttb, lttbIndices } from './lttb';

const LENGTH = 100_000;
const DAY = 86_400_000;
const start = Date.UTC(1750, 0, 1);
const points = Array.from({ length: LENGTH }, (_, index) => ({
  t: start + index * DAY,
  v: 100 + Math.sin(index / 365) * 20 + ((index * 7919) % 97) / 10,
}));
const xs = Float64Array.from(points, (point) => point.t);
const ys = Float64Array.from(points, (point) => point.v);

describe('LTTB 100 000 → 1 000 points', () => {
  bench('objects with accessors (as the chart calls it)', () => {
    lttb(
      points,
      1000,
      (point) => point.t,
      (point) => point.v,
    );
  });
  bench('typed arrays, indices only', () => {
    lttbIndices(xs, ys, 1000);
  });
});
