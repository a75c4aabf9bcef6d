/** Pure helpers for the offline notice: how old the cached data is, in words. */
import { type Language } from '../../i18n/language';
import { LOCALES } from '../../core/format';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minuter sedan" / "5 minutes ago"; under a minute → "nu" / "now". */
export function describeAge(ageMs: number, language: Language): string {
  const format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(ageMs) >= size) return format.format(-Math.floor(ageMs / size), unit);
  }
  return format.format(0, 'second');
}

/** "29 nov. 2026 19:40" / "29 Nov 2026, 19:40" in the reader's time zone. */
export function formatFetchedAt(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The newest stamp of the given ISO times (the data the reader last saw), or undefined. */
export function newestStamp(stamps: ReadonlyArray<string | null | undefined>): string | undefined {
  let newest: string | undefined;
  for (const stamp of stamps) {
    if (!stamp || Number.isNaN(Date.parse(stamp))) continue;
    if (newest === undefined || Date.parse(stamp) > Date.parse(newest)) newest = stamp;
  }
  return newest;
}
