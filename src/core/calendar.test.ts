import { expect, test } from 'vitest';
import { parseUtcDate, quarterPeriod } from './calendar';

test('a date alone is midnight UTC; a date-time keeps its own zone', () => {
  expect(parseUtcDate('2026-11-20').toISOString()).toBe('2026-11-20T00:00:00.000Z');
  expect(parseUtcDate('2026-11-20T09:00:00+01:00').toISOString()).toBe('2026-11-20T08:00:00.000Z');
  expect(Number.isNaN(parseUtcDate('soon').getTime())).toBe(true);
});

test('a quarter is written as its first month', () => {
  expect([1, 2, 3, 4].map((quarter) => quarterPeriod('2024', quarter))).toEqual(['2024-01', '2024-04', '2024-07', '2024-10']);
});
