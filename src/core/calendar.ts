/**
 * Calendar rules shared by the app and the data build: how a date or date-time text becomes an
 * instant, and how a quarter is written as a period.
 */

/**
 * `2026-11-20` (midnight UTC) or an ISO date-time (`2026-11-20T09:00:00Z`) → a Date. A date alone
 * is read in UTC, not in the machine's zone, so the build's day is the day shown everywhere.
 * An unreadable text gives an invalid Date (`getTime()` is NaN).
 */
export function parseUtcDate(text: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
}

/** A quarter as the data API writes it: its first month (`2024`, 2 → `2024-04`). */
export function quarterPeriod(year: string | number, quarter: number): string {
  return `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}`;
}
