import { expect, test } from 'vitest';
import { addFrequencyPeriods, nextExpectedUpdate, periodEndDate, periodGranularity, periodToDate, periodToTime, startOfUtcDay } from './periods';

const iso = (date: Date) => date.toISOString();

test('a year stands for its first day, 1 January at midnight UTC', () => {
  expect(iso(periodToDate('2019'))).toBe('2019-01-01T00:00:00.000Z');
});

test('a month stands for its first day', () => {
  expect(iso(periodToDate('2019-03'))).toBe('2019-03-01T00:00:00.000Z');
});

test('a quarter written as its first month stands for the first day of that month', () => {
  expect(iso(periodToDate('2024-04'))).toBe('2024-04-01T00:00:00.000Z');
});

test('a day stands for itself at midnight UTC', () => {
  expect(iso(periodToDate('2024-05-17'))).toBe('2024-05-17T00:00:00.000Z');
});

test('periodToTime gives the first day in milliseconds', () => {
  expect(periodToTime('2019-03')).toBe(Date.UTC(2019, 2, 1));
  expect(periodToTime('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
});

test('a malformed or impossible period is refused with a RangeError', () => {
  expect(() => periodToDate('19')).toThrow(RangeError);
  expect(() => periodToDate('2019-13')).toThrow(RangeError);
  expect(() => periodToDate('2023-02-29')).toThrow(RangeError);
  expect(() => periodToDate('2019-3')).toThrow(RangeError);
});

test('the granularity of a period is year, month or day', () => {
  expect(periodGranularity('2019')).toBe('year');
  expect(periodGranularity('2024-04')).toBe('month');
  expect(periodGranularity('2024-05-17')).toBe('day');
});

test('a period ends on the first day after it', () => {
  expect(iso(periodEndDate('2019'))).toBe('2020-01-01T00:00:00.000Z');
  expect(iso(periodEndDate('2019-12'))).toBe('2020-01-01T00:00:00.000Z');
  expect(iso(periodEndDate('2024-02-29'))).toBe('2024-03-01T00:00:00.000Z');
});

test('adding annual periods moves by whole years', () => {
  expect(iso(addFrequencyPeriods(periodToDate('2019'), 'annual', 2))).toBe('2021-01-01T00:00:00.000Z');
  expect(iso(addFrequencyPeriods(periodToDate('2019'), 'annual', -1))).toBe('2018-01-01T00:00:00.000Z');
});

test('adding quarterly periods moves by three months and crosses year ends', () => {
  expect(iso(addFrequencyPeriods(periodToDate('2024-04'), 'quarterly', 1))).toBe('2024-07-01T00:00:00.000Z');
  expect(iso(addFrequencyPeriods(periodToDate('2024-10'), 'quarterly', 2))).toBe('2025-04-01T00:00:00.000Z');
  expect(iso(addFrequencyPeriods(periodToDate('2024-01'), 'quarterly', -1))).toBe('2023-10-01T00:00:00.000Z');
});

test('adding monthly periods moves by months', () => {
  expect(iso(addFrequencyPeriods(periodToDate('2024-11'), 'monthly', 3))).toBe('2025-02-01T00:00:00.000Z');
});

test('adding months to the 31st lands on the last day of a shorter month, not in the month after', () => {
  expect(iso(addFrequencyPeriods(periodToDate('2024-01-31'), 'monthly', 1))).toBe('2024-02-29T00:00:00.000Z');
  expect(iso(addFrequencyPeriods(periodToDate('2023-01-31'), 'monthly', 1))).toBe('2023-02-28T00:00:00.000Z');
  expect(iso(addFrequencyPeriods(periodToDate('2024-02-29'), 'annual', 1))).toBe('2025-02-28T00:00:00.000Z');
});

test('adding daily periods moves by days across month and leap-year ends', () => {
  expect(iso(addFrequencyPeriods(periodToDate('2024-05-17'), 'daily', 2))).toBe('2024-05-19T00:00:00.000Z');
  expect(iso(addFrequencyPeriods(periodToDate('2024-02-28'), 'daily', 1))).toBe('2024-02-29T00:00:00.000Z');
  expect(iso(addFrequencyPeriods(periodToDate('2024-12-31'), 'daily', 1))).toBe('2025-01-01T00:00:00.000Z');
});

test('adding periods keeps the time of day and does not change the date passed in', () => {
  const date = new Date('2024-05-17T10:30:00.000Z');
  expect(iso(addFrequencyPeriods(date, 'monthly', 1))).toBe('2024-06-17T10:30:00.000Z');
  expect(iso(date)).toBe('2024-05-17T10:30:00.000Z');
});

test('adding a fraction of a period is refused', () => {
  expect(() => addFrequencyPeriods(periodToDate('2024'), 'annual', 0.5)).toThrow(RangeError);
});

test('the next expected update is the first day of the period after the latest, for each frequency', () => {
  expect(iso(nextExpectedUpdate('2024', 'annual'))).toBe('2025-01-01T00:00:00.000Z');
  expect(iso(nextExpectedUpdate('2024-04', 'quarterly'))).toBe('2024-07-01T00:00:00.000Z');
  expect(iso(nextExpectedUpdate('2024-12', 'monthly'))).toBe('2025-01-01T00:00:00.000Z');
  expect(iso(nextExpectedUpdate('2024-05-17', 'daily'))).toBe('2024-05-18T00:00:00.000Z');
});

test('the start of a UTC day drops the time of day', () => {
  expect(iso(startOfUtcDay(new Date('2026-01-01T23:59:59.999Z')))).toBe('2026-01-01T00:00:00.000Z');
});
