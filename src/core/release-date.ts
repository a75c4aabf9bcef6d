/**
 * Update and release dates as people read them. Apart from describe-change.ts so the indicator
 * page's release choice does not bring the change descriptions (and their strings) with it.
 */
import type { Language } from '../contract/schemas';
import { parseUtcDate } from './calendar';
import { formatDateAs } from './format';

/** An update's date (date-times are read in UTC, so the build's day is the day shown everywhere). */
export function formatUpdateDate(updated: string, language: Language): string {
  const date = parseUtcDate(updated);
  if (Number.isNaN(date.getTime())) return updated;
  return formatDateAs(date, language, 'day');
}

/** A release id (`2026-05-20`, `2026-05-20-2`) as people read it: "20 maj 2026", "20 maj 2026 (2)". */
export function formatReleaseId(id: string, language: Language): string {
  const suffix = id.slice(11);
  return `${formatUpdateDate(id.slice(0, 10), language)}${suffix ? ` (${suffix})` : ''}`;
}
