import { describe, expect, it, test } from 'vitest';
import { formatDate, formatDateAs, formatNumber, formatPercent, formatPeriod, formatValue } from './format';

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

describe('dates without Intl.DateTimeFormat', () => {
  const intl = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  it.each([
    ['sv', 'sv-SE'],
    ['en', 'en-GB'],
  ] as const)('writes every month as Intl does for %s', (language, locale) => {
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2026, month, 5));
      expect(formatDateAs(date, language, 'day')).toBe(intl(locale, { year: 'numeric', month: 'long', day: 'numeric' }, date));
      expect(formatDateAs(date, language, 'month')).toBe(intl(locale, { year: 'numeric', month: 'long' }, date));
      expect(formatDateAs(date, language, 'shortMonth')).toBe(intl(locale, { year: 'numeric', month: 'short' }, date));
    }
  });

  it('reads a date-time in UTC, or in local time for localDay', () => {
    const date = new Date('2026-03-31T23:30:00Z');
    expect(formatDateAs(date, 'sv', 'day')).toBe('31 mars 2026');
    expect(formatDateAs(date, 'sv', 'localDay')).toBe(`${date.getDate()} ${date.getMonth() === 2 ? 'mars' : 'april'} 2026`);
  });
});

describe('numbers without Intl.NumberFormat', () => {
  const values = [
    0, 1, -1, 0.4, -0.4, 0.5, 1.5, 2.5, -2.5, 999, 1000, 1234.5, -1234.56, 12345.678, 999999.95, 1e6, 123456789.123, 0.005, 0.0712, 64.35, 1e-7, 14.5, 28.5,
    0.05, 100, 250.25,
  ];
  it.each([
    ['sv', 'sv-SE'],
    ['en', 'en-GB'],
  ] as const)('writes numbers and percentages as Intl does for %s', (language, locale) => {
    for (const decimals of [0, 1, 2]) {
      const number = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      for (const value of values) {
        expect(formatNumber(value, language, decimals)).toBe(number.format(value));
        expect(formatPercent(value / 100, language, decimals)).toBe(percent.format(value / 100));
      }
    }
  });

  it('hands values it cannot write plainly to Intl', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('NaN');
    expect(formatNumber(1e21, 'en')).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(1e21));
  });
});
