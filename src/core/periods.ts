/**
 * Periods placed in time. A period is an ISO 8601 calendar form ("2019", "2019-03",
 * "2019-03-15") and stands for its first day, at midnight UTC: "2019" = 2019-01-01,
 * "2019-03" = 2019-03-01. Quarterly data uses the quarter's first month ("2024-04" = Q2 2024).
 *
 * Everything here is pure and works in UTC, so results do not depend on the time zone of the
 * machine running them. Nothing reads the clock: callers pass "today" where it matters.
 */
import type { Frequency } from '../contract/schemas';

export type PeriodGranularity = 'year' | 'month' | 'day';

const PERIOD_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface PeriodParts {
  year: number;
  month: number | undefined;
  day: number | undefined;
}

function parsePeriod(period: string): PeriodParts {
  const match = PERIOD_PATTERN.exec(period);
  const [, year, month, day] = match ?? [];
  if (year === undefined) {
    throw new RangeError(`Not an ISO period (YYYY, YYYY-MM or YYYY-MM-DD): "${period}"`);
  }
  const parts: PeriodParts = {
    year: Number(year),
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  };
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) {
    throw new RangeError(`Not a real month in period "${period}"`);
  }
  if (parts.day !== undefined && (parts.day < 1 || parts.day > daysInMonth(parts.year, (parts.month ?? 1) - 1))) {
    throw new RangeError(`Not a real calendar date in period "${period}"`);
  }
  return parts;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Whether the period names a year, a month (or quarter) or a day. Throws on a malformed period. */
export function periodGranularity(period: string): PeriodGranularity {
  const { month, day } = parsePeriod(period);
  if (day !== undefined) return 'day';
  if (month !== undefined) return 'month';
  return 'year';
}

/**
 * The first day of the period, midnight UTC. Throws a RangeError on a malformed period (the
 * data is validated against the schema before it reaches the views, so that is a programming
 * error, not bad data).
 */
export function periodToDate(period: string): Date {
  const { year, month, day } = parsePeriod(period);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** The first day of the period in milliseconds since the epoch (UTC). */
export function periodToTime(period: string): number {
  return periodToDate(period).getTime();
}

/**
 * The day after the period's last day (midnight UTC), i.e. when the period is over:
 * "2019" → 2020-01-01, "2019-03" → 2019-04-01, "2019-03-15" → 2019-03-16.
 */
export function periodEndDate(period: string): Date {
  const start = periodToDate(period);
  switch (periodGranularity(period)) {
    case 'year':
      return addFrequencyPeriods(start, 'annual', 1);
    case 'month':
      return addFrequencyPeriods(start, 'monthly', 1);
    case 'day':
      return addFrequencyPeriods(start, 'daily', 1);
  }
}

/**
 * `date` moved by `n` update periods of the frequency (n may be negative): a year, a quarter
 * (three months), a month or a day, in UTC. The time of day is kept. When the day of month does
 * not exist in the target month it is clamped to that month's last day
 * (31 January + 1 month = 28/29 February), never spilling into the month after.
 */
export function addFrequencyPeriods(date: Date, frequency: Frequency, n: number): Date {
  if (!Number.isInteger(n)) throw new RangeError(`Expected a whole number of periods, got ${n}`);
  if (frequency === 'daily') {
    const result = new Date(date.getTime());
    result.setUTCDate(result.getUTCDate() + n);
    return result;
  }
  const months = n * (frequency === 'annual' ? 12 : frequency === 'quarterly' ? 3 : 1);
  const totalMonths = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(totalMonths / 12);
  const monthIndex = totalMonths - year * 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, monthIndex));
  const result = new Date(date.getTime());
  // Set the day first so that setting year/month never overflows into the next month.
  result.setUTCDate(1);
  result.setUTCFullYear(year, monthIndex, day);
  return result;
}

/**
 * When the next value is due: the first day of the period after the latest one, one update
 * period of the frequency later ("2024", annual → 2025-01-01; "2024-04", quarterly →
 * 2024-07-01; "2024-05", monthly → 2024-06-01; "2024-05-17", daily → 2024-05-18).
 */
export function nextExpectedUpdate(latestPeriod: string, frequency: Frequency): Date {
  return addFrequencyPeriods(periodToDate(latestPeriod), frequency, 1);
}

/** Midnight UTC of the calendar day (in UTC) that `date` falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * The period after `period` by the indicator's update frequency, written at the same granularity:
 * "2025" (annual) → "2026", "2025-03" (monthly) → "2025-04", "2025-03" (quarterly) → "2025-06".
 * What the next value will be for; the contract has no publication date, so this is all a view
 * can say about when the next value comes.
 */
export function nextPeriod(period: string, frequency: Frequency): string {
  const granularity = periodGranularity(period);
  // A yearly period of a more frequent series still moves on by a whole year.
  const step = granularity === 'year' ? 'annual' : granularity === 'month' && frequency === 'daily' ? 'monthly' : frequency;
  const next = addFrequencyPeriods(periodToDate(period), step, 1).toISOString();
  return granularity === 'year' ? next.slice(0, 4) : granularity === 'month' ? next.slice(0, 7) : next.slice(0, 10);
}
