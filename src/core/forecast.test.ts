import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseGoals, parseObservations } from '../contract/documents';
import {
  fitLine,
  forecastRank,
  forecastTarget,
  periodToDecimalYear,
  projectAt,
  projectionPath,
  regularizedIncompleteBeta,
  studentTQuantile,
  type Forecast,
} from './forecast';

const target = (baseline: [string, number], goal: [string, number]) => ({
  baseline: { period: baseline[0], value: baseline[1] },
  target: { period: goal[0], value: goal[1] },
});
const annual = (from: number, values: Array<number | null>) => values.map((value, i) => ({ period: String(from + i), value }));

describe('decimal years', () => {
  test('a year is its first month, a month adds (month − 1) / 12, a day adds (day − 1) / 365', () => {
    expect(periodToDecimalYear('2019')).toBe(2019);
    expect(periodToDecimalYear('2019-04')).toBe(2019.25);
    expect(periodToDecimalYear('2019-01-02')).toBeCloseTo(2019 + 1 / 365, 12);
  });
});

describe("Student's t quantile (computed here, no statistics library)", () => {
  // Expected values from SciPy 1.17.1 (Debian python3-scipy): scipy.stats.t.ppf(0.9, df).
  test.each([
    [1, 3.0776835371752544],
    [2, 1.8856180831641272],
    [3, 1.637744353696209],
    [4, 1.533206274058944],
    [10, 1.372183641110336],
    [30, 1.3104150253913955],
  ])('t(0.90, %i df) = %f', (df, expected) => {
    expect(studentTQuantile(0.9, df)).toBeCloseTo(expected, 9);
  });

  test('closed forms: 1 df is tan(π(p − ½)), 2 df is (2p − 1) / √(2p(1 − p))', () => {
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 10);
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(0.8 / Math.sqrt(2 * 0.9 * 0.1), 10);
    expect(studentTQuantile(0.5, 7)).toBeCloseTo(0, 6);
  });

  test('the incomplete beta function at known points: I_x(1, 1) = x, I_x(2, 1) = x²', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 12);
  });
});

describe('the 80 % prediction band', () => {
  // Expected values computed independently with SciPy 1.17.1 (Debian python3-scipy):
  // stats.linregress over the six points, s = √(Σ residuals² / 4), q = stats.t.ppf(0.9, 4),
  // ŷ(2030) ± q·s·√(1 + 1/6 + (2030 − t̄)² / Σ(t − t̄)²).
  test('matches an independent computation for a noisy series', () => {
    const fit = fitLine([2019, 2020, 2021, 2022, 2023, 2024].map((time, i) => ({ time, value: [50, 48.5, 47.9, 45.2, 44.8, 42.1][i] ?? 0 })));
    if (!fit) throw new Error('no fit');
    expect(fit.slope).toBeCloseTo(-1.522857142857143, 10);
    expect(fit.residualSd).toBeCloseTo(0.61729054670204, 10);
    const at2030 = projectAt(fit, 2030);
    expect(at2030.value).toBeCloseTo(33.47238095238072, 8);
    expect(at2030.low).toBeCloseTo(31.294505899478352, 6);
    expect(at2030.high).toBeCloseTo(35.65025600528308, 6);
  });
});

describe('forecastTarget, hand-computed cases', () => {
  test('a decrease target on an exact line is in time, with a band of zero width', () => {
    // 10, 9, 8, 7, 6 over 2020–2024: y = 6 − (t − 2024), reaches 2 in 2028, 0 at 2030.
    const forecast = forecastTarget({ target: target(['2020', 10], ['2030', 2]), points: annual(2020, [10, 9, 8, 7, 6]) });
    expect(forecast.verdict).toBe('in-time');
    expect(forecast.fit?.slope).toBeCloseTo(-1, 12);
    expect(forecast.reachYear).toBe(2028);
    expect(forecast.reachYearLow).toBe(2028);
    expect(forecast.reachYearHigh).toBe(2028);
    expect(forecast.atTarget?.value).toBeCloseTo(0, 10);
    expect(forecast.atTarget?.low).toBeCloseTo(0, 10);
  });

  test('an increase target is late by the years past the target year', () => {
    // 0, 2, 4, 6 over 2021–2024: slope 2, y = 6 at 2024 reaches 20 at 2031; target year 2028.
    const forecast = forecastTarget({ target: target(['2021', 0], ['2028', 20]), points: annual(2021, [0, 2, 4, 6]) });
    expect(forecast.verdict).toBe('late');
    expect(forecast.reachYear).toBe(2031);
    expect(forecast.yearsLate).toBe(3);
    expect(forecast.atTarget?.value).toBeCloseTo(14, 10);
  });

  test('a monthly series: time in twelfths, the window the last five years, the reach month’s year', () => {
    // 2019-01 … 2025-01, falling 1 a month (12 a year): 100 at 2019-01, 28 at 2025-01.
    const points = Array.from({ length: 73 }, (_, i) => ({
      period: `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 100 - i,
    }));
    const forecast = forecastTarget({ target: target(['2019-01', 100], ['2026-06', 10]), points });
    // The window is 2020-01 … 2025-01: 61 points.
    expect(forecast.fit?.n).toBe(61);
    expect(forecast.fit?.slope).toBeCloseTo(-12, 9);
    // 28 − 12 (t − 2025) = 10 → t = 2026.5, the month 2026-07: reach year 2026, in time.
    expect(forecast.verdict).toBe('in-time');
    expect(forecast.reachYear).toBe(2026);
    expect(forecast.targetYear).toBe(2026);
    expect(forecast.atTarget?.time).toBeCloseTo(2026 + 5 / 12, 12);
  });

  test('a flat line is "not at this pace"', () => {
    const forecast = forecastTarget({ target: target(['2020', 5], ['2030', 2]), points: annual(2020, [5, 5, 5, 5]) });
    expect(forecast.verdict).toBe('not-at-this-pace');
    expect(forecast.reachYear).toBeUndefined();
    expect(forecast.reachYearLow).toBeNull();
    expect(forecast.reachYearHigh).toBeNull();
  });

  test('a line moving away from the target is "not at this pace"', () => {
    const forecast = forecastTarget({ target: target(['2020', 50], ['2030', 20]), points: annual(2020, [50, 52, 55, 56, 59]) });
    expect(forecast.verdict).toBe('not-at-this-pace');
    expect(forecast.fit?.slope).toBeGreaterThan(0);
  });

  test('a passed target year: late, and no projected value at the target period', () => {
    // 30, 28, 26, 24 over 2021–2024, target 10 by 2020: 24 − 2 (t − 2024) = 10 at 2031.
    const forecast = forecastTarget({ target: target(['2018', 34], ['2020', 10]), points: annual(2021, [30, 28, 26, 24]) });
    expect(forecast.verdict).toBe('late');
    expect(forecast.reachYear).toBe(2031);
    expect(forecast.yearsLate).toBe(11);
    expect(forecast.atTarget).toBeUndefined();
    expect(projectionPath(forecast)).toEqual([]);
  });

  test('not within 25 years of the target year is "not at this pace"', () => {
    // Slope 0.1 a year from 1 in 2024 towards 10: t = 2114, far past 2030 + 25.
    const forecast = forecastTarget({ target: target(['2020', 0.6], ['2030', 10]), points: annual(2020, [0.6, 0.7, 0.8, 0.9, 1]) });
    expect(forecast.verdict).toBe('not-at-this-pace');
  });

  test('too few values: fewer than three points, a window under two years, points before the baseline', () => {
    expect(forecastTarget({ target: target(['2020', 10], ['2030', 2]), points: annual(2023, [9, 8]) }).verdict).toBe('too-few-values');
    const monthly = ['2024-01', '2024-02', '2024-03', '2025-06'].map((period, i) => ({ period, value: 10 - i }));
    expect(forecastTarget({ target: target(['2024-01', 10], ['2030', 2]), points: monthly }).verdict).toBe('too-few-values');
    // Five values, but only two at or after the baseline 2023.
    expect(forecastTarget({ target: target(['2023', 9], ['2030', 2]), points: annual(2020, [12, 11, 10, 9, 8]) }).verdict).toBe('too-few-values');
    // Nulls are skipped.
    expect(forecastTarget({ target: target(['2020', 10], ['2030', 2]), points: annual(2020, [10, null, null, 7, null]) }).verdict).toBe('too-few-values');
    expect(forecastTarget({ target: target(['2020', 10], ['2030', 2]), points: [] }).verdict).toBe('too-few-values');
  });

  test('the projected path runs from the latest point to the target period', () => {
    const forecast = forecastTarget({ target: target(['2020', 10], ['2027', 2]), points: annual(2020, [10, 9, 8, 7, 6]) });
    expect(projectionPath(forecast).map((step) => [step.time, Math.round(step.value * 1e9) / 1e9])).toEqual([
      [2024, 6],
      [2025, 5],
      [2026, 4],
      [2027, 3],
    ]);
  });

  test('sorting: in time, then fewer years late, then not at this pace, then too few values', () => {
    const make = (verdict: Forecast['verdict'], yearsLate?: number): Forecast => ({
      verdict,
      targetTime: 2030,
      targetYear: 2030,
      ...(yearsLate ? { yearsLate } : {}),
    });
    const sorted = [make('too-few-values'), make('late', 8), make('not-at-this-pace'), make('in-time'), make('late', 2)].sort(
      (a, b) => forecastRank(a) - forecastRank(b),
    );
    expect(sorted.map((item) => `${item.verdict}${item.yearsLate ?? ''}`)).toEqual(['in-time', 'late2', 'late8', 'not-at-this-pace', 'too-few-values']);
  });
});

describe('the worked cases of the embedded dataset (public/data/v1)', () => {
  const DATA = join(import.meta.dirname, '../../public/data/v1');
  const goals = parseGoals(JSON.parse(readFileSync(join(DATA, 'goals.json'), 'utf8'))).data;
  function forecastOf(indicatorId: string, areaId: string): Forecast {
    const found = goals.flatMap((goal) => goal.targets).find((item) => item.indicatorId === indicatorId && item.areaId === areaId);
    if (!found) throw new Error(`no target for ${indicatorId} in ${areaId}`);
    const observations = parseObservations(JSON.parse(readFileSync(join(DATA, `observations/${indicatorId}.json`), 'utf8')), indicatorId).data;
    const series = observations.series.find((item) => item.areaId === areaId && item.siteId === undefined);
    return forecastTarget({ target: found, points: series?.points ?? [] });
  }

  test('energy use in Norra Djurgårdsstaden: −1.0 a year, 61.7 (59.8–63.5) in 2030, reached 2036, six years late (2034–2040)', () => {
    const forecast = forecastOf('building-energy-use', 'norra-djurgardsstaden');
    expect(forecast.fit?.slope).toBeCloseTo(-1, 10);
    expect(forecast.atTarget?.value).toBeCloseTo(61.7, 1);
    expect(forecast.atTarget?.low).toBeCloseTo(59.8, 1);
    expect(forecast.atTarget?.high).toBeCloseTo(63.5, 1);
    expect(forecast.verdict).toBe('late');
    expect(forecast.reachYear).toBe(2036);
    expect(forecast.yearsLate).toBe(6);
    expect([forecast.reachYearLow, forecast.reachYearHigh]).toEqual([2034, 2040]);
  });

  test('EV charging in Årsta: not at this pace; only the optimistic bound gets there, in 2049', () => {
    const forecast = forecastOf('ev-charging-share', 'arsta');
    expect(forecast.verdict).toBe('not-at-this-pace');
    expect(forecast.reachYear).toBeUndefined();
    expect(forecast.reachYearLow).toBe(2049);
    expect(forecast.reachYearHigh).toBeNull();
  });

  test('residual waste in Norra Djurgårdsstaden: five points from the baseline, 2040, ten years late, 2033 to not within 25 years', () => {
    const forecast = forecastOf('residual-waste-per-home', 'norra-djurgardsstaden');
    expect(forecast.fit?.n).toBe(5);
    expect(forecast.reachYear).toBe(2040);
    expect(forecast.yearsLate).toBe(10);
    expect(forecast.reachYearLow).toBe(2033);
    expect(forecast.reachYearHigh).toBeNull();
  });

  test('homes completed in Norra Djurgårdsstaden: 2038, eight years late (2037–2039)', () => {
    const forecast = forecastOf('homes-completed', 'norra-djurgardsstaden');
    expect(forecast.reachYear).toBe(2038);
    expect(forecast.yearsLate).toBe(8);
    expect([forecast.reachYearLow, forecast.reachYearHigh]).toEqual([2037, 2039]);
  });
});
