import { expect, test } from 'vitest';
import { PeriodAggregator } from './aggregate';

test('summed and averaged readings are written without binary noise', () => {
  const sum = new PeriodAggregator('sum', 'annual', 'UTC');
  const mean = new PeriodAggregator('mean', 'annual', 'UTC');
  // 1.1 + 0.1 is 1.2000000000000002 in binary floating point, and half of it 0.6000000000000001.
  for (const [time, value] of [
    ['2024-01-01T00:00:00Z', 1.1],
    ['2024-06-01T00:00:00Z', 0.1],
  ] as const) {
    sum.add({ areaId: 'a' }, time, value);
    mean.add({ areaId: 'a' }, time, value);
  }
  expect(sum.toSeries({ quality: 'measured' })[0]?.points[0]?.value).toBe(1.2);
  expect(mean.toSeries({ quality: 'measured' })[0]?.points[0]?.value).toBe(0.6);
});
