/**
 * Number and date formatting through Intl for the active language: Swedish `1 234,5` and `64 %`,
 * English `1,234.5` and `64%`. Periods are ISO calendar forms ("2019", "2019-03", "2019-03-15").
 */
import { LOCALES, type Language } from './language';

// Creating an Intl formatter costs far more than formatting with one (the start page spent
// 180 ms at 4× CPU slowdown making date formatters, issue 12), so each is made once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

const DATE_OPTIONS = {
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  localDay: { year: 'numeric', month: 'long', day: 'numeric' },
  shortMonth: { month: 'short', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A shared date formatter: `month`, `day` and `shortMonth` read the date in UTC, `localDay` in local time. */
export function dateFormat(language: Language, kind: keyof typeof DATE_OPTIONS): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], DATE_OPTIONS[kind]);
    dateFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, language: Language, decimals = 0): string {
  return numberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A share (0.64) as a percentage ("64 %" / "64%"). */
export function formatPercent(share: number, language: Language, decimals = 0): string {
  return numberFormat(language, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(share);
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
  return dateFormat(language, day === undefined ? 'month' : 'day').format(date);
}

/** An ISO date-time as a date: "3 mars 2024" / "3 March 2024". */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, 'localDay').format(date);
}
