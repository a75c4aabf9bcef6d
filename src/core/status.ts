/**
 * The status of a target: the one rule every view shares (docs: "Status of a target").
 *
 * For a target with baseline b (period p0), target t (period p1) and latest value v (period p),
 * where v is the latest non-null value of the area's own series (the series without siteId):
 *   progress = (v − b) / (t − b)                      share of the planned change achieved
 *   expected = clamp((p − p0) / (p1 − p0), 0, 1)      share the straight path asks for by p
 *   achieved   progress ≥ 1
 *   on track   progress ≥ expected − tolerance
 *   at risk    progress ≥ expected − 2 × tolerance
 *   off track  below that
 *   no data    no non-null value after the baseline period
 * Periods are placed in time by their first day (see ./periods.ts).
 *
 * Edge cases (decided here, tested in status.test.ts):
 * - Missing periods and null values are skipped: the latest non-null value counts, wherever
 *   the gaps are. Points need not be sorted; they are ordered by period. Of two values for
 *   the same instant the one later in the list wins.
 * - A latest value at or before the baseline period (or only null values, or no points) is
 *   "no data": nothing has been measured since the starting point. progress is then null and
 *   expected is 0.
 * - Values past the target give progress > 1 and "achieved"; progress is not clamped (views
 *   clamp it for drawing). Values moving the wrong way give a negative progress.
 * - b = t (the target is to reach or hold a level the baseline already had): progress cannot
 *   be a share of a zero change. The latest value is "achieved" (progress 1) when it is at the
 *   target or beyond it in the indicator's direction (≤ t for "decrease", ≥ t for "increase"),
 *   otherwise "off track" (progress 0). Any shortfall is off track, whatever the date: there is
 *   no path to be behind on. This is the only place the indicator's direction is used.
 * - Latest period at or past the target period: expected = 1 (the clamp), so anything short of
 *   the target is judged against the whole change.
 * - p1 = p0 (or a target period before the baseline period, which the validator should catch):
 *   there is no path in time, so expected = 1 for any value after the baseline.
 * - Comparisons allow 1e-9 of floating-point rounding, so a value exactly on a threshold
 *   (e.g. progress 0.4 against 0.5 − 0.1) counts as reaching it.
 * - Overdue is a flag beside the status, see isOverdue. A target with no value at all is not
 *   flagged overdue (the "no data" status already says it); one whose only values are at or
 *   before the baseline can be.
 */
import type { Direction, Frequency, Point, Target } from '../contract/schemas';
import { addFrequencyPeriods, periodGranularity, periodToDate, periodToTime, startOfUtcDay } from './periods';

export type TargetStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** All statuses, best first: the order for legends, counts and sorting. */
export const TARGET_STATUSES: ReadonlyArray<TargetStatus> = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'];

/** How far behind the straight path still counts as on track, as a share of the whole change. */
export const DEFAULT_TOLERANCE = 0.1;

const EPSILON = 1e-9;

/** The least a point needs for the status rule: its period and its (possibly null) value. */
export interface PointLike {
  period: string;
  value: number | null;
}

/** A point that has a value. */
export type Valued<P extends PointLike = Point> = P & { value: number };

function hasValue<P extends PointLike>(point: P): point is Valued<P> {
  return point.value !== null && Number.isFinite(point.value);
}

/** The non-null points ordered by period (stable: equal periods keep their list order). */
export function valuedPoints<P extends PointLike>(points: ReadonlyArray<P>): Array<Valued<P>> {
  return points
    .filter(hasValue)
    .map((point, index) => ({ point, index, time: periodToTime(point.period) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ point }) => point);
}

/** The latest non-null point by period, or undefined when there is none. */
export function latestValue<P extends PointLike>(points: ReadonlyArray<P>): Valued<P> | undefined {
  return valuedPoints(points).at(-1);
}

/** The area's own series (the one without a siteId), or undefined. */
export function areaSeries<S extends { areaId: string; siteId?: string | undefined }>(series: ReadonlyArray<S>, areaId: string): S | undefined {
  return series.find((item) => item.areaId === areaId && item.siteId === undefined);
}

/** The parts of a target the rule reads. */
export type TargetLike = Pick<Target, 'baseline' | 'target' | 'tolerance'>;

/**
 * The share of the planned change the straight path from baseline to target asks for at
 * `time` (ms), clamped to 0…1. With no path in time (p1 ≤ p0) it is 0 up to the baseline
 * and 1 after it.
 */
export function expectedShareAt(target: TargetLike, time: number): number {
  const p0 = periodToTime(target.baseline.period);
  const p1 = periodToTime(target.target.period);
  if (p1 <= p0) return time > p0 ? 1 : 0;
  return Math.min(1, Math.max(0, (time - p0) / (p1 - p0)));
}

function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - EPSILON;
}

/** Whether `value` is at `goal` or beyond it in the better direction. */
export function reaches(value: number, goal: number, direction: Direction): boolean {
  return direction === 'decrease' ? value <= goal + EPSILON : value >= goal - EPSILON;
}

export interface TargetStatusInput<P extends PointLike = Point> {
  target: TargetLike;
  /** The area's own series' points (see areaSeries). */
  points: ReadonlyArray<P>;
  /** The indicator's direction; used only when baseline and target values are equal. */
  direction: Direction;
}

export interface TargetStatusResult<P extends PointLike = Point> {
  status: TargetStatus;
  /** (v − b) / (t − b); not clamped; null for "no data". */
  progress: number | null;
  /** The straight path's share at the latest value's period, 0…1; 0 for "no data". */
  expected: number;
  /** The latest non-null point after the baseline; undefined for "no data". */
  latest?: Valued<P>;
  tolerance: number;
}

/** The status of a target from its points, without the overdue flag (no clock needed). */
export function targetStatus<P extends PointLike = Point>({ target, points, direction }: TargetStatusInput<P>): TargetStatusResult<P> {
  const tolerance = target.tolerance ?? DEFAULT_TOLERANCE;
  const baselineTime = periodToTime(target.baseline.period);
  const latest = latestValue(points);
  if (latest === undefined || periodToTime(latest.period) <= baselineTime) {
    return { status: 'no-data', progress: null, expected: 0, tolerance };
  }
  const b = target.baseline.value;
  const t = target.target.value;
  const v = latest.value;
  const expected = expectedShareAt(target, periodToTime(latest.period));
  if (Math.abs(t - b) < EPSILON) {
    const reached = reaches(v, t, direction);
    return { status: reached ? 'achieved' : 'off-track', progress: reached ? 1 : 0, expected, latest, tolerance };
  }
  const progress = (v - b) / (t - b);
  let status: TargetStatus;
  if (atLeast(progress, 1)) status = 'achieved';
  else if (atLeast(progress, expected - tolerance)) status = 'on-track';
  else if (atLeast(progress, expected - 2 * tolerance)) status = 'at-risk';
  else status = 'off-track';
  return { status, progress, expected, latest, tolerance };
}

export interface EvaluateTargetInput<P extends PointLike = Point> extends TargetStatusInput<P> {
  /** The indicator's update frequency (drives the overdue flag). */
  frequency: Frequency;
  /** The clock, injected: today's date. */
  today: Date;
  /** meta.archived: the monitoring has ended, so nothing is overdue. */
  archived?: boolean;
}

export interface TargetEvaluation<P extends PointLike = Point> extends TargetStatusResult<P> {
  /** The latest value (any non-null value, even one before the baseline) is overdue. */
  overdue: boolean;
  /** The straight path's share today, 0…1: where the "should be now" tick goes. */
  expectedToday: number;
}

/** The status of a target plus the overdue flag and where the straight path is today. */
export function evaluateTarget<P extends PointLike = Point>(input: EvaluateTargetInput<P>): TargetEvaluation<P> {
  const result = targetStatus(input);
  const anyLatest = latestValue(input.points);
  return {
    ...result,
    overdue: isOverdue(anyLatest?.period, input.frequency, input.today, input.archived ?? false),
    expectedToday: expectedShareAt(input.target, startOfUtcDay(input.today).getTime()),
  };
}

/**
 * Whether the latest value is older than two update periods of the frequency, counted from
 * today: overdue when (latest period's first day + 2 periods) < today. Today is taken as its
 * calendar day in UTC, so on the day two periods are complete the value is not yet overdue,
 * and from the next day it is ("2024", annual: overdue from 2026-01-02).
 * Never overdue when the dataset is archived, or when there is no value at all (undefined).
 * Applies equally to indicators with no target.
 */
export function isOverdue(latestPeriod: string | undefined, frequency: Frequency, today: Date, archived = false): boolean {
  if (archived || latestPeriod === undefined) return false;
  const due = addFrequencyPeriods(new Date(periodToTime(latestPeriod)), frequency, 2);
  return due.getTime() < startOfUtcDay(today).getTime();
}

export type TrendJudgement = 'better' | 'worse' | 'unchanged';

/** Whether a change is good news for an indicator with this direction. */
export function judgeChange(change: number, direction: Direction): TrendJudgement {
  if (Math.abs(change) < EPSILON) return 'unchanged';
  return change < 0 === (direction === 'decrease') ? 'better' : 'worse';
}

export interface Trend<P extends PointLike = Point> {
  /** latest − previous, in the indicator's unit. */
  change: number;
  /** change / |previous|, or null when previous is 0. */
  relativeChange: number | null;
  previous: Valued<P>;
  latest: Valued<P>;
  judgement: TrendJudgement;
}

/**
 * The change from the second-latest to the latest non-null value (gaps and nulls skipped),
 * judged by the direction; undefined when there are fewer than two non-null values.
 */
export function trendSincePrevious<P extends PointLike = Point>(points: ReadonlyArray<P>, direction: Direction): Trend<P> | undefined {
  const valued = valuedPoints(points);
  const latest = valued.at(-1);
  const previous = valued.at(-2);
  if (latest === undefined || previous === undefined) return undefined;
  const change = latest.value - previous.value;
  return {
    change,
    relativeChange: previous.value === 0 ? null : change / Math.abs(previous.value),
    previous,
    latest,
    judgement: judgeChange(change, direction),
  };
}

export type StatusCounts = Record<TargetStatus, number> & { total: number };

/** How many of each status (every status present, zero when absent), and the total. */
export function countStatuses(statuses: Iterable<TargetStatus>): StatusCounts {
  const counts: StatusCounts = { achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0, total: 0 };
  for (const status of statuses) {
    counts[status] += 1;
    counts.total += 1;
  }
  return counts;
}

// ---------- explaining a status where it is shown ----------

export type MarginPosition = 'ahead' | 'within' | 'beyond' | 'far-beyond';

export interface StatusMargin {
  /** expected − progress at the latest value's period, as a share (0.16 = 16 percentage points behind); ≤ 0 when ahead. */
  behind: number;
  tolerance: number;
  /**
   * ahead: on or before the straight path; within: behind by at most the tolerance (on track);
   * beyond: by at most twice the tolerance (at risk); far-beyond: more (off track).
   */
  position: MarginPosition;
  /** The period the status compares at (the latest value's), which is not necessarily today. */
  period: string;
}

/**
 * How far the latest value is from the straight path, against the tolerance: the words that make
 * an "I fas" beside "63 % done, the plan says 79 %" make sense ("16 percentage points behind the
 * plan for 2024, within the margin of 20"). Uses the same thresholds as targetStatus, at the latest
 * value's period (not today). Undefined for achieved, no data and targets with no change to share.
 */
export function statusMargin<P extends PointLike>(result: TargetStatusResult<P>, target: TargetLike): StatusMargin | undefined {
  if (result.status === 'achieved' || result.status === 'no-data') return undefined;
  if (result.progress === null || result.latest === undefined) return undefined;
  if (Math.abs(target.target.value - target.baseline.value) < EPSILON) return undefined;
  const behind = result.expected - result.progress;
  const { tolerance } = result;
  const position: MarginPosition =
    behind <= EPSILON ? 'ahead' : behind <= tolerance + EPSILON ? 'within' : behind <= 2 * tolerance + EPSILON ? 'beyond' : 'far-beyond';
  return { behind, tolerance, position, period: result.latest.period };
}

export interface TargetReached {
  /** The period from which the values have reached the target (and not fallen back since). */
  period: string;
  /**
   * How many of the target period's units (years for "2019", months for "2019-03", days) after
   * the target period it was reached; 0 or negative: on time (negative = early).
   */
  periodsLate: number;
}

function unitsBetween(from: string, to: string): number {
  const a = periodToDate(from);
  const b = periodToDate(to);
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  switch (periodGranularity(from)) {
    case 'year':
      return years;
    case 'month':
      return years * 12 + (b.getUTCMonth() - a.getUTCMonth());
    case 'day':
      return Math.round((b.getTime() - a.getTime()) / 86_400_000);
  }
}

/**
 * When an achieved target was reached: the first period of the latest unbroken run of values (after
 * the baseline) that reach the target, and how late that was against the target period. A value
 * that reached the target, fell back and reached it again counts from the second time: the status
 * is about now. Undefined when the target is not reached by the latest value.
 * Årsta's energy use (target 62 by 2019; 68 in 2019, 60 in 2020) → { period: "2020", periodsLate: 1 }.
 */
export function targetReachedAt<P extends PointLike>(target: TargetLike, points: ReadonlyArray<P>, direction: Direction): TargetReached | undefined {
  const baselineTime = periodToTime(target.baseline.period);
  const after = valuedPoints(points).filter((point) => periodToTime(point.period) > baselineTime);
  const goal = target.target.value;
  // Direction of "better": the target's side of the baseline, or the indicator's when they are equal.
  const better: Direction = Math.abs(goal - target.baseline.value) < EPSILON ? direction : goal < target.baseline.value ? 'decrease' : 'increase';
  let start: P | undefined;
  for (const point of after) {
    if (reaches(point.value, goal, better)) start ??= point;
    else start = undefined;
  }
  if (start === undefined) return undefined;
  return { period: start.period, periodsLate: unitsBetween(target.target.period, start.period) };
}
