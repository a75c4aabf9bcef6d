import { expect, test } from 'vitest';
import type { Point, Series } from '../contract/schemas';
import {
  DEFAULT_TOLERANCE,
  TARGET_STATUSES,
  areaSeries,
  countStatuses,
  evaluateTarget,
  expectedShareAt,
  isOverdue,
  judgeChange,
  latestValue,
  statusMargin,
  targetReachedAt,
  targetStatus,
  trendSincePrevious,
  type PointLike,
  type TargetLike,
} from './status';
import { periodToTime } from './periods';

const p = (period: string, value: number | null): PointLike => ({ period, value });
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** Energy use per m², a decrease indicator: 100 in 2020, 0 by 2030 (progress = (100 − v) / 100). */
const halving: TargetLike = { baseline: { period: '2020', value: 100 }, target: { period: '2030', value: 0 } };
/** A share of renewables, an increase indicator: 20 in 2020, 60 by 2030 (progress = (v − 20) / 40). */
const renewables: TargetLike = { baseline: { period: '2020', value: 20 }, target: { period: '2030', value: 60 } };

function status(target: TargetLike, points: PointLike[], direction: 'increase' | 'decrease' = 'decrease') {
  return targetStatus({ target, points, direction });
}

// ---------- latestValue and areaSeries ----------

test('the latest value is the latest non-null point by period', () => {
  expect(latestValue([p('2018', 5), p('2019', 7), p('2020', null)])).toEqual(p('2019', 7));
});

test('the latest value does not depend on the order of the points', () => {
  expect(latestValue([p('2021', 3), p('2019', 7), p('2020', 4)])?.period).toBe('2021');
});

test('the latest value is undefined when every value is null or there are no points', () => {
  expect(latestValue([p('2019', null), p('2020', null)])).toBeUndefined();
  expect(latestValue([])).toBeUndefined();
});

test('of two values for the same period the one later in the list is the latest', () => {
  expect(latestValue([p('2020', 1), p('2020', 2)])?.value).toBe(2);
});

test('the latest value keeps the other fields of the point', () => {
  const points: Point[] = [{ period: '2019', value: 38, quality: 'provisional', note: { en: 'Evaluation' } }];
  expect(latestValue(points)?.quality).toBe('provisional');
});

test('the area series is the series of the area without a site', () => {
  const series: Series[] = [
    { areaId: 'arsta', siteId: 'valla-torg', points: [] },
    { areaId: 'slakthusomradet', points: [] },
    { areaId: 'arsta', points: [p('2019', 1) as Point] },
  ];
  expect(areaSeries(series, 'arsta')).toBe(series[2]);
});

test('there is no area series when only site series exist for the area', () => {
  expect(areaSeries([{ areaId: 'arsta', siteId: 'valla-torg', points: [] }], 'arsta')).toBeUndefined();
});

// ---------- the status rule, annual periods, decrease ----------

test('a decrease indicator that has reached its target value is achieved', () => {
  const result = status(halving, [p('2020', 100), p('2025', 0)]);
  expect(result.status).toBe('achieved');
  expect(result.progress).toBe(1);
});

test('a target reached before its target period is achieved', () => {
  expect(status(halving, [p('2020', 100), p('2022', 0)]).status).toBe('achieved');
});

test('a value past the target is achieved and its progress is not clamped', () => {
  const result = status(halving, [p('2020', 100), p('2025', -50)]);
  expect(result.status).toBe('achieved');
  expect(result.progress).toBe(1.5);
});

test('halfway along the path with about half the change done is on track', () => {
  const result = status(halving, [p('2020', 100), p('2025', 55)]);
  expect(result.expected).toBeCloseTo(0.5, 2);
  expect(result.progress).toBeCloseTo(0.45, 10);
  expect(result.status).toBe('on-track');
});

test('ahead of the straight path is on track', () => {
  expect(status(halving, [p('2020', 100), p('2025', 30)]).status).toBe('on-track');
});

test('between one and two tolerances behind the path is at risk', () => {
  expect(status(halving, [p('2020', 100), p('2025', 65)]).status).toBe('at-risk');
});

test('more than two tolerances behind the path is off track', () => {
  expect(status(halving, [p('2020', 100), p('2025', 75)]).status).toBe('off-track');
});

test('a value moving the wrong way has negative progress and is off track', () => {
  const result = status(halving, [p('2020', 100), p('2025', 110)]);
  expect(result.progress).toBeCloseTo(-0.1, 10);
  expect(result.status).toBe('off-track');
});

test('one year into a ten-year path, a value that has barely moved is still on track', () => {
  expect(status(halving, [p('2020', 100), p('2021', 99)]).status).toBe('on-track');
});

// ---------- both directions ----------

test('an increase indicator that has reached its target is achieved', () => {
  expect(status(renewables, [p('2025', 60)], 'increase').status).toBe('achieved');
});

test('an increase indicator halfway with about half the change is on track', () => {
  expect(status(renewables, [p('2025', 39)], 'increase').status).toBe('on-track');
});

test('an increase indicator behind the path is at risk, then off track', () => {
  expect(status(renewables, [p('2025', 35)], 'increase').status).toBe('at-risk');
  expect(status(renewables, [p('2025', 30)], 'increase').status).toBe('off-track');
});

test('an increase indicator that has fallen has negative progress', () => {
  expect(status(renewables, [p('2025', 10)], 'increase').progress).toBe(-0.25);
});

// ---------- tolerance ----------

test('the tolerance defaults to 0.1 and is reported', () => {
  expect(DEFAULT_TOLERANCE).toBe(0.1);
  expect(status(halving, [p('2025', 55)]).tolerance).toBe(0.1);
});

test('a wider tolerance on the target counts more as on track', () => {
  const lenient: TargetLike = { ...halving, tolerance: 0.2 };
  expect(status(lenient, [p('2025', 65)]).status).toBe('on-track');
  expect(status(lenient, [p('2025', 75)]).status).toBe('at-risk');
  expect(status(lenient, [p('2025', 75)]).tolerance).toBe(0.2);
});

test('a zero tolerance makes anything behind the path at risk or off track', () => {
  const strict: TargetLike = { ...halving, tolerance: 0 };
  expect(status(strict, [p('2030', 1)]).status).toBe('off-track');
});

test('a value exactly on a threshold reaches it despite floating-point rounding', () => {
  // Daily periods: 2024-05-16 is exactly half-way from 1 to 31 May, so expected = 0.5.
  const target: TargetLike = { baseline: { period: '2024-05-01', value: 0.1 }, target: { period: '2024-05-31', value: 0.6 } };
  const result = status(target, [p('2024-05-16', 0.3)], 'increase');
  expect(result.expected).toBe(0.5);
  expect(result.progress).toBeLessThan(0.4); // 0.39999999999999997
  expect(result.status).toBe('on-track');
});

// ---------- expected on the path, per frequency ----------

test('expected follows the straight path with annual periods placed on 1 January', () => {
  const expected = (periodToTime('2025') - periodToTime('2020')) / (periodToTime('2030') - periodToTime('2020'));
  expect(status(halving, [p('2025', 50)]).expected).toBe(expected);
});

test('expected follows the path with quarterly periods written as the first month', () => {
  const target: TargetLike = { baseline: { period: '2024-01', value: 100 }, target: { period: '2025-01', value: 0 } };
  const result = status(target, [p('2024-01', 100), p('2024-04', 80), p('2024-07', 60)]);
  expect(result.latest?.period).toBe('2024-07');
  expect(result.expected).toBeCloseTo(182 / 366, 10);
  expect(result.status).toBe('on-track');
});

test('a quarterly value at 2024-04 behind the path is at risk', () => {
  const target: TargetLike = { baseline: { period: '2024-01', value: 100 }, target: { period: '2025-01', value: 0 } };
  const result = status(target, [p('2024-04', 93)]);
  expect(result.expected).toBeCloseTo(91 / 366, 10);
  expect(result.status).toBe('at-risk');
});

test('expected follows the path with monthly periods', () => {
  const target: TargetLike = { baseline: { period: '2023-01', value: 0 }, target: { period: '2024-01', value: 1200 } };
  const result = status(target, [p('2023-07', 300)], 'increase');
  expect(result.expected).toBeCloseTo(181 / 365, 10);
  expect(result.status).toBe('off-track');
});

test('expected follows the path with daily periods', () => {
  const target: TargetLike = { baseline: { period: '2024-05-01', value: 0 }, target: { period: '2024-05-31', value: 30 } };
  const result = status(target, [p('2024-05-17', 12)], 'increase');
  expect(result.expected).toBe(16 / 30);
  expect(result.status).toBe('at-risk');
});

test('a latest period past the target period asks for the whole change (expected 1)', () => {
  expect(status(halving, [p('2035', 5)]).expected).toBe(1);
  expect(status(halving, [p('2035', 5)]).status).toBe('on-track');
  expect(status(halving, [p('2035', 15)]).status).toBe('at-risk');
  expect(status(halving, [p('2035', 25)]).status).toBe('off-track');
});

test('at the target period itself expected is 1', () => {
  expect(status(halving, [p('2030', 10)]).expected).toBe(1);
  expect(status(halving, [p('2030', 10)]).status).toBe('on-track');
});

test('baseline and target in the same period ask for the whole change after the baseline', () => {
  const target: TargetLike = { baseline: { period: '2020', value: 100 }, target: { period: '2020', value: 50 } };
  expect(status(target, [p('2021', 60)]).expected).toBe(1);
  expect(status(target, [p('2021', 60)]).status).toBe('at-risk');
  expect(status(target, [p('2021', 50)]).status).toBe('achieved');
});

test('a target period before the baseline period is treated like the same period', () => {
  const target: TargetLike = { baseline: { period: '2020', value: 100 }, target: { period: '2019', value: 50 } };
  expect(status(target, [p('2021', 52)]).expected).toBe(1);
  expect(status(target, [p('2021', 52)]).status).toBe('on-track');
});

test('the expected share at a time is clamped to 0 before the baseline and 1 after the target', () => {
  expect(expectedShareAt(halving, periodToTime('2010'))).toBe(0);
  expect(expectedShareAt(halving, periodToTime('2040'))).toBe(1);
  expect(expectedShareAt(halving, periodToTime('2020'))).toBe(0);
});

// ---------- baseline value equal to target value ----------

test('when baseline equals target a decrease indicator at or below it is achieved', () => {
  const hold: TargetLike = { baseline: { period: '2020', value: 40 }, target: { period: '2030', value: 40 } };
  expect(status(hold, [p('2025', 40)]).status).toBe('achieved');
  expect(status(hold, [p('2025', 35)]).status).toBe('achieved');
  expect(status(hold, [p('2025', 35)]).progress).toBe(1);
});

test('when baseline equals target a decrease indicator above it is off track', () => {
  const hold: TargetLike = { baseline: { period: '2020', value: 40 }, target: { period: '2030', value: 40 } };
  const result = status(hold, [p('2021', 41)]);
  expect(result.status).toBe('off-track');
  expect(result.progress).toBe(0);
});

test('when baseline equals target an increase indicator at or above it is achieved, below it off track', () => {
  const hold: TargetLike = { baseline: { period: '2020', value: 40 }, target: { period: '2030', value: 40 } };
  expect(status(hold, [p('2025', 45)], 'increase').status).toBe('achieved');
  expect(status(hold, [p('2025', 39)], 'increase').status).toBe('off-track');
});

// ---------- no data ----------

test('a latest value before the baseline period is no data', () => {
  const result = status(halving, [p('2018', 120), p('2019', 110)]);
  expect(result).toEqual({ status: 'no-data', progress: null, expected: 0, tolerance: 0.1 });
});

test('a latest value at the baseline period is no data', () => {
  expect(status(halving, [p('2020', 100)]).status).toBe('no-data');
});

test('only null values after the baseline is no data', () => {
  expect(status(halving, [p('2020', 100), p('2021', null), p('2022', null)]).status).toBe('no-data');
});

test('only null values, or no points at all, is no data', () => {
  expect(status(halving, [p('2021', null)]).status).toBe('no-data');
  expect(status(halving, []).status).toBe('no-data');
  expect(status(halving, []).latest).toBeUndefined();
});

test('a value in a later month of the baseline year counts as after the baseline', () => {
  expect(status(halving, [p('2020-06', 95)]).status).not.toBe('no-data');
});

// ---------- missing periods ----------

test('missing periods and trailing nulls are skipped: the latest non-null value counts', () => {
  const result = status(halving, [p('2020', 100), p('2022', 70), p('2023', null), p('2025', 50), p('2026', null)]);
  expect(result.latest?.period).toBe('2025');
  expect(result.progress).toBe(0.5);
  expect(result.status).toBe('on-track');
});

// ---------- evaluateTarget: overdue and today ----------

test('evaluateTarget adds the overdue flag to the status', () => {
  const points = [p('2020', 100), p('2023', 60)];
  const base = { target: halving, points, direction: 'decrease' as const, frequency: 'annual' as const };
  expect(evaluateTarget({ ...base, today: day('2024-06-01') }).overdue).toBe(false);
  const late = evaluateTarget({ ...base, today: day('2025-06-01') });
  expect(late.overdue).toBe(true);
  expect(late.status).toBe('on-track');
  expect(late.latest).toEqual(p('2023', 60));
});

test('evaluateTarget never flags an archived dataset as overdue', () => {
  const result = evaluateTarget({
    target: halving,
    points: [p('2021', 90)],
    direction: 'decrease',
    frequency: 'annual',
    today: day('2035-01-01'),
    archived: true,
  });
  expect(result.overdue).toBe(false);
});

test('a target with no value at all is no data and not overdue', () => {
  const result = evaluateTarget({ target: halving, points: [p('2021', null)], direction: 'decrease', frequency: 'annual', today: day('2035-01-01') });
  expect(result.status).toBe('no-data');
  expect(result.overdue).toBe(false);
});

test('a target whose only value is the old baseline is no data and overdue', () => {
  const result = evaluateTarget({ target: halving, points: [p('2020', 100)], direction: 'decrease', frequency: 'annual', today: day('2024-01-01') });
  expect(result.status).toBe('no-data');
  expect(result.overdue).toBe(true);
});

test('evaluateTarget reports where the straight path is today', () => {
  const result = evaluateTarget({ target: halving, points: [p('2021', 90)], direction: 'decrease', frequency: 'annual', today: day('2025-01-01') });
  expect(result.expectedToday).toBe(expectedShareAt(halving, periodToTime('2025')));
  const after = evaluateTarget({ target: halving, points: [], direction: 'decrease', frequency: 'annual', today: day('2031-03-01') });
  expect(after.expectedToday).toBe(1);
});

// ---------- isOverdue ----------

test('an annual value is overdue from the day after two years from its first day', () => {
  expect(isOverdue('2024', 'annual', day('2025-12-31'))).toBe(false);
  expect(isOverdue('2024', 'annual', day('2026-01-01'))).toBe(false);
  expect(isOverdue('2024', 'annual', new Date('2026-01-01T23:59:59Z'))).toBe(false);
  expect(isOverdue('2024', 'annual', day('2026-01-02'))).toBe(true);
});

test('a quarterly value for 2024-04 is overdue after two quarters, from 2 October 2024', () => {
  expect(isOverdue('2024-04', 'quarterly', day('2024-10-01'))).toBe(false);
  expect(isOverdue('2024-04', 'quarterly', day('2024-10-02'))).toBe(true);
});

test('a monthly value is overdue after two months', () => {
  expect(isOverdue('2024-11', 'monthly', day('2025-01-01'))).toBe(false);
  expect(isOverdue('2024-11', 'monthly', day('2025-01-02'))).toBe(true);
});

test('a daily value for 2024-05-17 is overdue from 20 May', () => {
  expect(isOverdue('2024-05-17', 'daily', day('2024-05-19'))).toBe(false);
  expect(isOverdue('2024-05-17', 'daily', day('2024-05-20'))).toBe(true);
});

test('the frequency, not the form of the period, sets the overdue window', () => {
  expect(isOverdue('2024', 'monthly', day('2024-03-02'))).toBe(true);
  expect(isOverdue('2024-05-17', 'annual', day('2026-05-17'))).toBe(false);
  expect(isOverdue('2024-05-17', 'annual', day('2026-05-18'))).toBe(true);
});

test('nothing is overdue in an archived dataset', () => {
  expect(isOverdue('2015', 'annual', day('2030-01-01'), true)).toBe(false);
  expect(isOverdue('2024-05-17', 'daily', day('2030-01-01'), true)).toBe(false);
});

test('with no value at all nothing is overdue', () => {
  expect(isOverdue(undefined, 'annual', day('2030-01-01'))).toBe(false);
});

// ---------- trend since the previous value ----------

test('a falling decrease indicator is getting better', () => {
  const trend = trendSincePrevious([p('2018', 120), p('2019', 90)], 'decrease');
  expect(trend?.change).toBe(-30);
  expect(trend?.relativeChange).toBe(-0.25);
  expect(trend?.judgement).toBe('better');
  expect(trend?.previous).toEqual(p('2018', 120));
  expect(trend?.latest).toEqual(p('2019', 90));
});

test('a rising decrease indicator is getting worse', () => {
  expect(trendSincePrevious([p('2018', 90), p('2019', 120)], 'decrease')?.judgement).toBe('worse');
});

test('a rising increase indicator is getting better and a falling one worse', () => {
  expect(trendSincePrevious([p('2024-04', 10), p('2024-07', 12)], 'increase')?.judgement).toBe('better');
  expect(trendSincePrevious([p('2024-04', 12), p('2024-07', 10)], 'increase')?.judgement).toBe('worse');
});

test('an equal value is unchanged', () => {
  const trend = trendSincePrevious([p('2024-05-16', 7), p('2024-05-17', 7)], 'increase');
  expect(trend?.change).toBe(0);
  expect(trend?.judgement).toBe('unchanged');
});

test('the trend compares the two latest non-null values, skipping gaps and nulls, in period order', () => {
  const trend = trendSincePrevious([p('2024-03', 5), p('2024-01', 1), p('2024-02', null), p('2024-04', null)], 'increase');
  expect(trend?.previous.period).toBe('2024-01');
  expect(trend?.latest.period).toBe('2024-03');
  expect(trend?.change).toBe(4);
});

test('there is no trend with fewer than two non-null values', () => {
  expect(trendSincePrevious([p('2019', 5), p('2020', null)], 'increase')).toBeUndefined();
  expect(trendSincePrevious([], 'increase')).toBeUndefined();
});

test('the relative change is null when the previous value is zero', () => {
  expect(trendSincePrevious([p('2019', 0), p('2020', 3)], 'increase')?.relativeChange).toBeNull();
});

test('a change is judged by the direction of the indicator', () => {
  expect(judgeChange(-1, 'decrease')).toBe('better');
  expect(judgeChange(1, 'decrease')).toBe('worse');
  expect(judgeChange(1, 'increase')).toBe('better');
  expect(judgeChange(-1, 'increase')).toBe('worse');
  expect(judgeChange(0, 'increase')).toBe('unchanged');
});

// ---------- counting ----------

test('statuses are counted per status, with zero for the absent ones and a total', () => {
  expect(countStatuses(['on-track', 'achieved', 'on-track', 'no-data'])).toEqual({
    achieved: 1,
    'on-track': 2,
    'at-risk': 0,
    'off-track': 0,
    'no-data': 1,
    total: 4,
  });
});

test('counting no statuses gives zero for each', () => {
  expect(countStatuses([])).toEqual({ achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0, total: 0 });
});

test('the statuses are listed best first', () => {
  expect(TARGET_STATUSES).toEqual(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data']);
});

// ---------- explaining the status where it is shown ----------

test('the margin says how far behind the plan the latest value is, against the tolerance, at its own period', () => {
  // 2025 is half-way: the plan says 50 %. 63 → 37 % done, 13 points behind, within 20.
  const target: TargetLike = { ...halving, tolerance: 0.2 };
  const onTrack = status(target, [p('2025', 63)]);
  expect(onTrack.status).toBe('on-track');
  expect(statusMargin(onTrack, target)).toEqual({ behind: expect.closeTo(0.13, 2), tolerance: 0.2, position: 'within', period: '2025' });
  const atRisk = status(target, [p('2025', 78)]);
  expect(atRisk.status).toBe('at-risk');
  expect(statusMargin(atRisk, target)?.position).toBe('beyond');
  const offTrack = status(target, [p('2025', 95)]);
  expect(offTrack.status).toBe('off-track');
  expect(statusMargin(offTrack, target)?.position).toBe('far-beyond');
  const ahead = status(target, [p('2025', 40)]);
  expect(statusMargin(ahead, target)?.position).toBe('ahead');
});

test("the margin uses the status rule's thresholds: just inside the tolerance is within", () => {
  const result = status(halving, [p('2025', 59)]); // 41 % done, plan 50 %, tolerance 10
  expect(result.status).toBe('on-track');
  expect(statusMargin(result, halving)?.position).toBe('within');
});

test('no margin for achieved, no data, or a target with no change to share', () => {
  expect(statusMargin(status(halving, [p('2025', 0)]), halving)).toBeUndefined();
  expect(statusMargin(status(halving, []), halving)).toBeUndefined();
  const hold: TargetLike = { baseline: { period: '2020', value: 5 }, target: { period: '2030', value: 5 } };
  expect(statusMargin(status(hold, [p('2025', 7)]), hold)).toBeUndefined();
});

test('a target reached a year after its target year says so (Årsta: 62 by 2019, 68 in 2019, 60 in 2020)', () => {
  const energy: TargetLike = { baseline: { period: '2015', value: 172 }, target: { period: '2019', value: 62 } };
  const points = [p('2015', 172), p('2019', 68), p('2020', 60), p('2021', 61)];
  expect(status(energy, points).status).toBe('achieved');
  expect(targetReachedAt(energy, points, 'decrease')).toEqual({ period: '2020', periodsLate: 1 });
});

test('a target reached before or in its target year is on time (0 or negative periods late)', () => {
  expect(targetReachedAt(renewables, [p('2025', 61), p('2026', 64)], 'increase')).toEqual({ period: '2025', periodsLate: -5 });
  expect(targetReachedAt(renewables, [p('2030', 60)], 'increase')).toEqual({ period: '2030', periodsLate: 0 });
});

test('reached, fallen back and reached again counts from the second time; not reached now is undefined', () => {
  expect(targetReachedAt(halving, [p('2022', 0), p('2023', 5), p('2031', 0), p('2032', null)], 'decrease')).toEqual({ period: '2031', periodsLate: 1 });
  expect(targetReachedAt(halving, [p('2022', 0), p('2023', 5)], 'decrease')).toBeUndefined();
  // Values at or before the baseline do not count.
  expect(targetReachedAt(halving, [p('2020', 0)], 'decrease')).toBeUndefined();
});

test('monthly targets count lateness in months', () => {
  const monthly: TargetLike = { baseline: { period: '2024-01', value: 10 }, target: { period: '2024-06', value: 20 } };
  expect(targetReachedAt(monthly, [p('2024-03', 15), p('2024-09', 21)], 'increase')).toEqual({ period: '2024-09', periodsLate: 3 });
});
