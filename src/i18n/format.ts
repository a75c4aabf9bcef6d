/**
 * Number and date formatting through Intl for the active language: Swedish `1 234,5` and `64 %`,
 * English `1,234.5` and `64%`. Periods are ISO calendar forms ("2019", "2019-03", "2019-03-15").
 */
import { LOCALES, type Language } from './language';

// Creating an Intl formatter costs far more than formatting with one, so each number format is
// made once (by options).
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${language}|${key}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(cacheKey, format);
  }
  return format;
}

/**
 * Dates are written from month names, not with Intl.DateTimeFormat: the first date formatter a
 * page creates loads the locale's calendar data, ~25 ms on a fast machine and ~100 ms on a slow
 * phone, on every page (the footer shows a date; issue 12). The names are CLDR's, as sv-SE and
 * en-GB print them (format.test.ts compares them with Intl), and the text is the same in every
 * browser and in the prerenderer, which hydration needs.
 */
const MONTHS: Record<Language, { long: readonly string[]; short: readonly string[] }> = {
  sv: {
    long: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    short: ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

export type DateStyle = 'month' | 'day' | 'localDay' | 'shortMonth';

/** "mars 2019" (`month`), "15 mars 2019" (`day`, `localDay`), "mars 2019" short (`shortMonth`); all but `localDay` read the date in UTC. */
export function formatDateAs(date: Date, language: Language, style: DateStyle): string {
  const local = style === 'localDay';
  const year = local ? date.getFullYear() : date.getUTCFullYear();
  const month = local ? date.getMonth() : date.getUTCMonth();
  const day = local ? date.getDate() : date.getUTCDate();
  const names = MONTHS[language];
  if (style === 'month') return `${names.long[month]} ${year}`;
  if (style === 'shortMonth') return `${names.short[month]} ${year}`;
  return `${day} ${names.long[month]} ${year}`;
}

export function formatNumber(value: number, language: Language, decimals = 0): string {
  return numberFormat(language, `n${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A share (0.64) as a percentage ("64 %" / "64%"). */
export function formatPercent(share: number, language: Language, decimals = 0): string {
  return numberFormat(language, `p${decimals}`, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(share);
}

/** A number with its unit: "1 234,5 kWh/m²". */
export function formatValue(value: number | null | undefined, language: Language, decimals: number, unit?: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const number = formatNumber(value, language, decimals);
  return unit ? `${number} ${unit}` : number;
}

/** "2019" → "2019"; "2019-03" → "mars 2019"; "2019-03-15" → "15 mars 2019". */
export function formatPeriod(period: string, language: Language): string {
  const [year, month, day] = period.split('-').map(Number);
  if (year === undefined || month === undefined) return period;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return formatDateAs(date, language, day === undefined ? 'month' : 'day');
}

/** An ISO date-time as a date: "3 mars 2024" / "3 March 2024". */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDateAs(date, language, 'localDay');
}
