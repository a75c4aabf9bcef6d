import { expect, test } from 'vitest';
import { nextPeriod } from '../components/metadata-panel';
import { formatIndicatorPeriod, formatTimeTick } from './format';

test('quarterly periods are named as quarters', () => {
  expect(formatIndicatorPeriod('2025-07', 'quarterly', 'sv')).toBe('kvartal 3 2025');
  expect(formatIndicatorPeriod('2026-01', 'quarterly', 'en')).toBe('Q1 2026');
  // A month that does not start a quarter is shown as a month.
  expect(formatIndicatorPeriod('2025-08', 'quarterly', 'en')).toBe('August 2025');
  expect(formatIndicatorPeriod('2025', 'annual', 'sv')).toBe('2025');
  expect(formatIndicatorPeriod('2025-03-15', 'daily', 'sv')).toBe('15 mars 2025');
});

test('axis ticks show the year at a year start, else month and year', () => {
  expect(formatTimeTick(Date.UTC(2020, 0, 1), 'sv')).toBe('2020');
  expect(formatTimeTick(Date.UTC(2020, 2, 1), 'en')).toBe('Mar 2020');
});

test('the next expected value is the period after the latest, in the same form', () => {
  expect(nextPeriod('2025', 'annual')).toBe('2026');
  expect(nextPeriod('2025-10', 'quarterly')).toBe('2026-01');
  expect(nextPeriod('2025-12', 'monthly')).toBe('2026-01');
  expect(nextPeriod('2024-02-28', 'daily')).toBe('2024-02-29');
});
