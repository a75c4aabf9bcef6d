/**
 * The forecast of a target: at the pace of the last five years, when is the target reached?
 * One pure rule every view shares (docs/forecast.md), beside the status rule. Status and forecast
 * answer different questions and are shown side by side, never merged.
 *
 * Method (the same as Eurostat's and UN ESCAP's trend projections, with the uncertainty said):
 * - Points: the area's own series, non-null values, at or after the baseline period.
 * - Time: a period's decimal year, t = year + (month − 1) / 12 (+ (day − 1) / 365 for a day).
 * - Window: the points within 5 years before the latest point (inclusive). At least 3 points
 *   spanning at least 2 years, else "too few values".
 * - Fit: ordinary least squares y = a + b·t over the window.
 * - Direction: the line must move towards the target (b > 0 when the latest value is below the
 *   target value, b < 0 when above); a flat line or one moving away is "not at this pace".
 * - Reach: step month by month from the latest point's t; the first month at which the line is at
 *   or past the target value gives the reach year (its calendar year). In time when the reach
 *   year ≤ the target year, late by the difference otherwise, "not at this pace" when no month
 *   up to 25 years after the target year gets there.
 * - Uncertainty: an 80 % prediction band, ŷ(t) ± q·s·√(1 + 1/n + (t − t̄)² / Σ(tᵢ − t̄)²) with q
 *   Student's t quantile 0.90 at n − 2 degrees of freedom and s² = Σ residuals² / (n − 2). The
 *   reach years of the band's two edges give the range of reach years.
 *
 * No statistics library: the t quantile is computed here (see studentTQuantile).
 */
import type { PointLike } from './status';
import { reaches, valuedPoints, type TargetLike } from './status';

export type ForecastVerdict = 'in-time' | 'late' | 'not-at-this-pace' | 'too-few-values';

/** Years of history the line is fitted on. */
export const FORECAST_WINDOW_YEARS = 5;
/** How far past the target year the months are stepped before giving up. */
export const FORECAST_HORIZON_YEARS = 25;
/** The band's coverage: 80 %, i.e. the t quantile at 0.90. */
export const FORECAST_BAND_QUANTILE = 0.9;

const EPSILON = 1e-9;

/** The fitted line and what the band needs. */
export interface ForecastFit {
  /** y = intercept + slope · t, t in decimal years. */
  intercept: number;
  /** Change per year. */
  slope: number;
  /** Points in the window. */
  n: number;
  meanTime: number;
  /** Σ (tᵢ − t̄)². */
  sxx: number;
  /** Residual standard deviation s (0 when the points lie on the line). */
  residualSd: number;
  /** Student's t quantile 0.90 at n − 2 degrees of freedom. */
  quantile: number;
}

export interface ProjectedValue {
  /** Decimal year. */
  time: number;
  value: number;
  /** The 80 % prediction band. */
  low: number;
  high: number;
}

export interface Forecast {
  verdict: ForecastVerdict;
  /** Undefined for "too few values". */
  fit?: ForecastFit;
  /** The latest point's decimal year and value (undefined when there is no point). */
  latestTime?: number;
  latestValue?: number;
  /** The target period's decimal year and calendar year. */
  targetTime: number;
  targetYear: number;
  /** The year the fitted line reaches the target, when within the horizon. */
  reachYear?: number;
  /** reachYear − targetYear, for "late". */
  yearsLate?: number;
  /**
   * The range of reach years: the optimistic edge of the band (nearer the target) and the
   * pessimistic one; null when that edge does not get there within the horizon. Undefined for
   * "too few values".
   */
  reachYearLow?: number | null;
  reachYearHigh?: number | null;
  /** The projected value at the target period, when that is after the latest point. */
  atTarget?: ProjectedValue;
}

/** A period's decimal year: "2019" → 2019, "2019-04" → 2019.25, "2019-01-02" → 2019 + 1/365. */
export function periodToDecimalYear(period: string): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(period);
  if (!match) throw new RangeError(`Not an ISO period: "${period}"`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

// ---------- Student's t quantile ----------

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error < 1e-13). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0] ?? 0;
  for (let i = 1; i < 9; i += 1) sum += (c[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const quantiles = new Map<string, number>();

/**
 * Student's t quantile: the t with P(T ≤ t) = p, by bisection on the distribution function
 * (monotone, so it always converges; 200 halvings are far below 1e-9).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`studentTQuantile(${p}, ${df})`);
  const key = `${p}|${df}`;
  const cached = quantiles.get(key);
  if (cached !== undefined) return cached;
  let low = -1;
  let high = 1;
  while (studentTCdf(low, df) > p) low *= 2;
  while (studentTCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12; i += 1) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  const result = (low + high) / 2;
  quantiles.set(key, result);
  return result;
}

// ---------- the fit ----------

/** The least-squares line through (t, y) with what the band needs; undefined for fewer than 3 points. */
export function fitLine(points: ReadonlyArray<{ time: number; value: number }>): ForecastFit | undefined {
  const n = points.length;
  if (n < 3) return undefined;
  const meanTime = points.reduce((sum, point) => sum + point.time, 0) / n;
  const meanValue = points.reduce((sum, point) => sum + point.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const point of points) {
    sxx += (point.time - meanTime) ** 2;
    sxy += (point.time - meanTime) * (point.value - meanValue);
  }
  if (sxx <= 0) return undefined;
  const slope = sxy / sxx;
  const intercept = meanValue - slope * meanTime;
  const squares = points.reduce((sum, point) => sum + (point.value - (intercept + slope * point.time)) ** 2, 0);
  return {
    intercept,
    slope,
    n,
    meanTime,
    sxx,
    residualSd: Math.sqrt(squares / (n - 2)),
    quantile: studentTQuantile(FORECAST_BAND_QUANTILE, n - 2),
  };
}

/** The fitted value at `time` (decimal year) with its 80 % prediction band. */
export function projectAt(fit: ForecastFit, time: number): ProjectedValue {
  const value = fit.intercept + fit.slope * time;
  const half = fit.quantile * fit.residualSd * Math.sqrt(1 + 1 / fit.n + (time - fit.meanTime) ** 2 / fit.sxx);
  return { time, value, low: value - half, high: value + half };
}

/**
 * The first calendar year, stepping month by month from `from`, at which `valueAt` is at the goal
 * (at or below it when `down`), up to the end of `lastYear`; undefined when none.
 */
function firstReachYear(valueAt: (time: number) => number, from: number, goal: number, down: boolean, lastYear: number): number | undefined {
  for (let k = 0; ; k += 1) {
    const time = from + k / 12;
    const year = Math.floor(time + EPSILON);
    if (year > lastYear) return undefined;
    if (reaches(valueAt(time), goal, down ? 'decrease' : 'increase')) return year;
  }
}

export interface ForecastInput<P extends PointLike = PointLike> {
  target: TargetLike;
  /** The area's own series' points. */
  points: ReadonlyArray<P>;
}

/** The forecast of a target (callers skip achieved targets: they get no forecast). */
export function forecastTarget<P extends PointLike>({ target, points }: ForecastInput<P>): Forecast {
  const targetTime = periodToDecimalYear(target.target.period);
  const targetYear = Math.floor(targetTime + EPSILON);
  const baselineTime = periodToDecimalYear(target.baseline.period);
  const valued = valuedPoints(points)
    .map((point) => ({ time: periodToDecimalYear(point.period), value: point.value }))
    .filter((point) => point.time >= baselineTime - EPSILON);
  const latest = valued.at(-1);
  if (latest === undefined) return { verdict: 'too-few-values', targetTime, targetYear };
  const base = { targetTime, targetYear, latestTime: latest.time, latestValue: latest.value };
  const window = valued.filter((point) => point.time >= latest.time - FORECAST_WINDOW_YEARS - EPSILON);
  const first = window[0];
  const fit = first && latest.time - first.time >= 2 - EPSILON ? fitLine(window) : undefined;
  if (fit === undefined) return { verdict: 'too-few-values', ...base };

  const goal = target.target.value;
  const down = goal < latest.value;
  const lastYear = targetYear + FORECAST_HORIZON_YEARS;
  const line = (time: number) => fit.intercept + fit.slope * time;
  const optimistic = (time: number) => (down ? projectAt(fit, time).low : projectAt(fit, time).high);
  const pessimistic = (time: number) => (down ? projectAt(fit, time).high : projectAt(fit, time).low);
  const atTarget = targetTime > latest.time + EPSILON ? projectAt(fit, targetTime) : undefined;
  const range = {
    reachYearLow: firstReachYear(optimistic, latest.time, goal, down, lastYear) ?? null,
    reachYearHigh: firstReachYear(pessimistic, latest.time, goal, down, lastYear) ?? null,
    ...(atTarget ? { atTarget } : {}),
  };

  const towards = Math.abs(goal - latest.value) < EPSILON || (down ? fit.slope < -EPSILON : fit.slope > EPSILON);
  const reachYear = towards ? firstReachYear(line, latest.time, goal, down, lastYear) : undefined;
  if (reachYear === undefined) return { verdict: 'not-at-this-pace', fit, ...base, ...range };
  const yearsLate = reachYear - targetYear;
  return yearsLate <= 0 ? { verdict: 'in-time', fit, ...base, reachYear, ...range } : { verdict: 'late', fit, ...base, reachYear, yearsLate, ...range };
}

/** Sorting key: in time first, then late by fewer years, then not at this pace, then too few values. */
export function forecastRank(forecast: Forecast | undefined): number {
  if (forecast === undefined) return 10_000;
  switch (forecast.verdict) {
    case 'in-time':
      return 0;
    case 'late':
      return forecast.yearsLate ?? 1;
    case 'not-at-this-pace':
      return 1_000;
    case 'too-few-values':
      return 2_000;
  }
}

/** The projected path from the latest point to the target period, one step per month or year, for the chart and its table. */
export function projectionPath(forecast: Forecast, stepsPerYear = 1): ProjectedValue[] {
  const { fit, latestTime } = forecast;
  if (!fit || latestTime === undefined || forecast.targetTime <= latestTime + EPSILON) return [];
  const path: ProjectedValue[] = [];
  for (let k = 0; ; k += 1) {
    const time = latestTime + k / stepsPerYear;
    if (time >= forecast.targetTime - EPSILON) break;
    path.push(projectAt(fit, time));
  }
  path.push(projectAt(fit, forecast.targetTime));
  return path;
}
