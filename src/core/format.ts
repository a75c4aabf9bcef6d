/**
 * Number and date formatting through Intl for the active language: Swedish `1 234,5` and `64 %`,
 * English `1,234.5` and `64%`. Periods are ISO calendar forms ("2019", "2019-03", "2019-03-15").
 */
import type { Language } from '../contract/schemas';

/** BCP 47 locale used by Intl for each UI language. */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

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
 * phone, on every page (the footer shows a date). The names are CLDR's, as sv-SE and
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

/**
 * Numbers are written by hand for the same reason as dates: the first Intl.NumberFormat a page
 * creates loads the locale's number data, ~45 ms at Lighthouse's 4× slowdown on every page
 * The output is what sv-SE and en-GB print (format.test.ts compares many values with
 * Intl): groups of three with a no-break space or a comma, a decimal comma or point, and the
 * minus sign U+2212 in Swedish. Values `toFixed` cannot write plainly go to Intl.
 */
const NUMBER_SYMBOLS: Record<Language, { group: string; decimal: string; minus: string; percent: string }> = {
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212', percent: '\u00a0%' },
  en: { group: ',', decimal: '.', minus: '-', percent: '%' },
};

/**
 * `|value|` rounded half away from zero to `decimals`, from its shortest decimal form as Intl
 * rounds it (999999.95 → "1000000.0", where toFixed reads the binary value and gives 999999.9).
 */
function roundedDigits(value: number, decimals: number, shift = 0): [string, string] | undefined {
  const shortest = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(shortest)) return undefined; // exponent forms: very small or large
  const [unshiftedWhole = '0', unshiftedFraction = ''] = shortest.split('.');
  // × 10^shift on the digits themselves (a percentage: 0.145 → 14.5, where 0.145 * 100 is 14.499…).
  const padded = unshiftedFraction.padEnd(shift, '0');
  const whole = `${unshiftedWhole}${padded.slice(0, shift)}`.replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(shift);
  const kept = `${whole}${fraction.slice(0, decimals).padEnd(decimals, '0')}`;
  const roundUp = (fraction[decimals] ?? '0') >= '5';
  const digits = roundUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
  const split = digits.length - decimals;
  return [digits.slice(0, split) || '0', digits.slice(split)];
}

function writeFixed(value: number, language: Language, decimals: number, shift = 0): string | undefined {
  if (!Number.isFinite(value) || decimals < 0 || decimals > 20 || !Number.isInteger(decimals)) return undefined;
  const symbols = NUMBER_SYMBOLS[language];
  const rounded = roundedDigits(value, decimals, shift);
  if (!rounded) return undefined;
  const [whole, fraction] = rounded;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group);
  return `${value < 0 ? symbols.minus : ''}${grouped}${fraction ? `${symbols.decimal}${fraction}` : ''}`;
}

export function formatNumber(value: number, language: Language, decimals = 0): string {
  return (
    writeFixed(value, language, decimals) ??
    numberFormat(language, `n${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)
  );
}

/** A share (0.64) as a percentage ("64 %" / "64%"). */
export function formatPercent(share: number, language: Language, decimals = 0): string {
  const written = writeFixed(share, language, decimals, 2);
  if (written !== undefined) return `${written}${NUMBER_SYMBOLS[language].percent}`;
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
