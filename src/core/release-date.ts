/**
 * Update and release dates as people read them, apart from the change descriptions: the release
 * choice and the embed's release note need only these, not the wording of every kind of change.
 */
import { formatDateAs } from './format';
import type { Language } from '../contract/schemas';
import { parseUtcDate } from './calendar';

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
