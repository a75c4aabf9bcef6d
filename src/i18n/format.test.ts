import { expect, test } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatValue } from './format';

const NBSP = '\u00a0';

test('Swedish numbers use a space between thousands and a decimal comma', () => {
  expect(formatNumber(1234.5, 'sv', 1)).toBe(`1${NBSP}234,5`);
  expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
});

test('percent has a space in Swedish and none in English', () => {
  expect(formatPercent(0.64, 'sv')).toBe(`64${NBSP}%`);
  expect(formatPercent(0.64, 'en')).toBe('64%');
});

test('missing values show a dash, never 0', () => {
  expect(formatValue(null, 'sv', 0, 'kWh')).toBe('–');
  expect(formatValue(55, 'sv', 0, 'kWh/m²')).toBe('55 kWh/m²');
});

test('periods and dates follow the language', () => {
  expect(formatPeriod('2019', 'sv')).toBe('2019');
  expect(formatPeriod('2024-03', 'sv')).toBe('mars 2024');
  expect(formatPeriod('2024-03-03', 'sv')).toBe('3 mars 2024');
  expect(formatPeriod('2024-03-03', 'en')).toBe('3 March 2024');
  expect(formatDate('2024-03-03T10:00:00Z', 'sv')).toBe('3 mars 2024');
});
