/**
 * Number and date formatting through Intl for the active language: Swedish `1 234,5` and `64 %`,
 * English `1,234.5` and `64%`. Periods are ISO calendar forms ("2019", "2019-03", "2019-03-15").
 */
import { LOCALES, type Language } from './language';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    cache.set(key, format);
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
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date);
}

/** An ISO date-time as a date: "3 mars 2024" / "3 March 2024". */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}
