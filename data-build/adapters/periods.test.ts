import { describe, expect, it } from 'vitest';
import { PeriodAggregator } from './aggregate.ts';
import { intervalStart, PeriodCutter } from './periods.ts';

describe('PeriodCutter (calendar periods in the dataset time zone)', () => {
  const stockholm = new PeriodCutter('Europe/Stockholm');

  it('puts 23:30 UTC on the last day of a month in the next month in Europe/Stockholm', () => {
    expect(stockholm.periodOf('2024-01-31T23:30:00Z', 'monthly')?.period).toBe('2024-02');
    expect(stockholm.periodOf('2024-01-31T23:30:00Z', 'daily')?.period).toBe('2024-02-01');
    // Summer time (UTC+2): 22:30 UTC is already the next day.
    expect(stockholm.periodOf('2024-06-30T22:30:00Z', 'monthly')?.period).toBe('2024-07');
    expect(stockholm.periodOf('2024-06-30T21:30:00Z', 'monthly')?.period).toBe('2024-06');
    // New Year, quarters.
    expect(stockholm.periodOf('2023-12-31T23:30:00Z', 'annual')?.period).toBe('2024');
    expect(stockholm.periodOf('2024-03-31T22:30:00Z', 'quarterly')?.period).toBe('2024-04');
  });

  it('is the zone that matters: the same instant is January in UTC and in New York', () => {
    expect(new PeriodCutter('UTC').periodOf('2024-01-31T23:30:00Z', 'monthly')?.period).toBe('2024-01');
    expect(new PeriodCutter('America/New_York').periodOf('2024-02-01T03:00:00Z', 'monthly')?.period).toBe('2024-01');
  });

  it('reads offsets, and takes a time without an offset as wall-clock time in the zone', () => {
    expect(stockholm.periodOf('2024-01-31T23:30:00-01:00', 'monthly')?.period).toBe('2024-02');
    expect(stockholm.periodOf('2024-01-31T23:30:00', 'monthly')?.period).toBe('2024-01');
    expect(stockholm.periodOf('2024-01-31', 'daily')?.period).toBe('2024-01-31');
    expect(stockholm.periodOf('last tuesday', 'monthly')).toBeUndefined();
  });

  it('takes the start of an interval', () => {
    expect(intervalStart('2024-01-31T23:30:00Z/2024-02-29T23:00:00Z')).toBe('2024-01-31T23:30:00Z');
    expect(intervalStart('2024-01-31T23:30:00Z')).toBe('2024-01-31T23:30:00Z');
  });

  it('rejects a zone that is not IANA', () => {
    expect(() => new PeriodCutter('Stockholm/Sweden')).toThrow(/unknown time zone/);
  });
});

describe('PeriodAggregator', () => {
  it('aggregates each period with full precision, and "last" by time, not by arrival', () => {
    const aggregator = new PeriodAggregator('last', 'monthly', 'Europe/Stockholm');
    aggregator.add({ areaId: 'a' }, '2024-03-05T00:00:00Z', 1);
    aggregator.add({ areaId: 'a' }, '2024-03-20T00:00:00Z', 3);
    aggregator.add({ areaId: 'a' }, '2024-03-10T00:00:00Z', 2);
    expect(aggregator.toSeries({ quality: 'measured' })[0]?.points).toEqual([{ period: '2024-03', value: 3, quality: 'measured' }]);

    const mean = new PeriodAggregator('mean', 'annual', 'Europe/Stockholm');
    for (const value of [0.1, 0.2, 0.3]) mean.add({ areaId: 'a' }, '2024-03-05T00:00:00Z', value);
    expect(mean.toSeries({ quality: 'measured' })[0]?.points[0]?.value).toBeCloseTo(0.2, 15);
    expect(mean.add({ areaId: 'a' }, 'yesterday', 1)).toBe('bad-time');
  });
});
