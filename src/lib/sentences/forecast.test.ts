import { expect, test } from 'vitest';
import type { Forecast } from '../../core/forecast';
import { describeForecast, describeForecastCount, describeValueAtTarget, forecastLabel, yearsInWords } from './forecast';

const base = { targetTime: 2030, targetYear: 2030 };
const late: Forecast = {
  ...base,
  verdict: 'late',
  reachYear: 2034,
  yearsLate: 4,
  reachYearLow: 2031,
  reachYearHigh: 2040,
  atTarget: { time: 2030, value: 61.666, low: 59.81, high: 63.52 },
};

test('late: the year, how late in words, and the likely range (sv first, en complete)', () => {
  expect(describeForecast(late, 'sv')).toBe('I den takt det gått de senaste fem åren nås målet 2034, fyra år efter målåret (troligen mellan 2031 och 2040).');
  expect(describeForecast(late, 'en')).toBe(
    'At the pace of the last five years the target will be reached in 2034, four years after the target year (likely between 2031 and 2040).',
  );
});

test('in time, and a range whose pessimistic edge never gets there', () => {
  const inTime: Forecast = { ...base, verdict: 'in-time', reachYear: 2028, reachYearLow: 2027, reachYearHigh: null };
  expect(describeForecast(inTime, 'sv')).toBe(
    'I den takt det gått de senaste fem åren nås målet 2028, i tid till målåret 2030 (troligen tidigast 2027, och kanske inte inom 25 år efter målåret).',
  );
  expect(describeForecast(inTime, 'en')).toBe(
    'At the pace of the last five years the target will be reached in 2028, in time for the target year 2030 (likely 2027 at the earliest, and possibly not within 25 years of the target year).',
  );
});

test('not at this pace, with and without an optimistic edge that gets there', () => {
  const never: Forecast = { ...base, verdict: 'not-at-this-pace', reachYearLow: null, reachYearHigh: null };
  expect(describeForecast(never, 'sv')).toBe('I nuvarande takt nås målet inte.');
  expect(describeForecast(never, 'en')).toBe('At the current pace the target will not be reached.');
  const atBest: Forecast = { ...never, reachYearLow: 2049 };
  expect(describeForecast(atBest, 'sv')).toBe('I nuvarande takt nås målet inte; i bästa fall 2049.');
  expect(describeForecast(atBest, 'en')).toBe('At the current pace the target will not be reached; at best in 2049.');
});

test('too few values', () => {
  const few: Forecast = { ...base, verdict: 'too-few-values' };
  expect(describeForecast(few, 'sv')).toBe('Det finns för få mätvärden från de senaste fem åren för att bedöma takten.');
  expect(describeForecast(few, 'en')).toBe('There are too few values from the last five years to judge the pace.');
  expect(describeValueAtTarget(few, 'sv', 0, 'kWh/m²')).toBeUndefined();
});

test('the value at the target period, one decimal more than the indicator below 1 000, Intl numbers', () => {
  expect(describeValueAtTarget(late, 'sv', 0, 'kWh/m²')).toBe(`Med samma takt blir värdet 61,7 kWh/m² år 2030 (troligen mellan 59,8 och 63,5).`);
  expect(describeValueAtTarget(late, 'en', 0, 'kWh/m²')).toBe('At the same pace the value will be 61.7 kWh/m² in 2030 (likely between 59.8 and 63.5).');
  const homes: Forecast = { ...late, atTarget: { time: 2030, value: 8071.43, low: 7904.2, high: 8238.6 } };
  expect(describeValueAtTarget(homes, 'en', 0, 'homes')).toBe('At the same pace the value will be 8,071 homes in 2030 (likely between 7,904 and 8,239).');
  expect(describeValueAtTarget({ ...late, atTarget: undefined } as Forecast, 'en', 0, 'x')).toBeUndefined();
});

test('short labels and years in words', () => {
  expect(forecastLabel(late, 'sv')).toBe('4 år sent');
  expect(forecastLabel(late, 'en')).toBe('4 years late');
  expect(forecastLabel({ ...late, yearsLate: 1 }, 'en')).toBe('1 year late');
  expect(forecastLabel({ ...base, verdict: 'in-time' }, 'sv')).toBe('I tid');
  expect(forecastLabel({ ...base, verdict: 'not-at-this-pace' }, 'en')).toBe('Not at this pace');
  expect(forecastLabel({ ...base, verdict: 'too-few-values' }, 'sv')).toBe('För få värden');
  expect(yearsInWords(1, 'sv')).toBe('ett år');
  expect(yearsInWords(6, 'en')).toBe('six years');
  expect(yearsInWords(14, 'sv')).toBe('14 år');
});

test('the summary count', () => {
  expect(describeForecastCount(3, 9, 'sv')).toBe('I nuvarande takt nås 3 av 9 återstående mål i tid.');
  expect(describeForecastCount(3, 9, 'en')).toBe('At the current pace 3 of the 9 remaining targets will be met in time.');
});
