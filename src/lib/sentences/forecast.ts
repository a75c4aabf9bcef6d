/**
 * The forecast in words (sv first, en complete), beside the status sentences: one sentence on when
 * the target is reached at the pace of the last five years, with the likely range; one on the value
 * the line gives at the target period; short labels for tables and cards; the count for the summary.
 *
 * Decisions:
 * - Years are periods, written as they are ("2034"), never grouped as numbers ("2,034").
 * - How many years late is written in words up to twelve ("fyra år", "four years"), digits above,
 *   as Swedish and English style guides ask for small numbers in running text.
 * - Projected values get one decimal more than the indicator's own below 1 000 (61,7 kWh/m² where
 *   the measured values are whole): the band is often narrower than one unit, and rounding it away
 *   would make "62 (60–64)" look more certain than it is. Large counts keep the indicator's decimals.
 */
import type { Forecast } from '../../core/forecast';
import { formatNumber, formatValue } from '../../core/format';
import type { Language } from '../../i18n/language';
import { defineMessages } from '../../core/messages';

const WORDS: Record<Language, readonly string[]> = {
  sv: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

const messages = defineMessages({
  sv: {
    years: (count: string, _n: number) => `${count} år`,
    reachedInTime: (year: string, targetYear: string) => `I den takt det gått de senaste fem åren nås målet ${year}, i tid till målåret ${targetYear}`,
    reachedLate: (year: string, late: string) => `I den takt det gått de senaste fem åren nås målet ${year}, ${late} efter målåret`,
    rangeBetween: (low: string, high: string) => ` (troligen mellan ${low} och ${high})`,
    rangeFrom: (low: string) => ` (troligen tidigast ${low}, och kanske inte inom 25 år efter målåret)`,
    rangeSame: (year: string) => ` (troligen just ${year})`,
    notAtThisPace: 'I nuvarande takt nås målet inte.',
    notAtThisPaceAtBest: (year: string) => `I nuvarande takt nås målet inte; i bästa fall ${year}.`,
    tooFewValues: 'Det finns för få mätvärden från de senaste fem åren för att bedöma takten.',
    valueAtTarget: (value: string, year: string, low: string, high: string) =>
      `Med samma takt blir värdet ${value} år ${year} (troligen mellan ${low} och ${high}).`,
    labelInTime: 'I tid',
    labelLate: (late: string) => `${late} sent`,
    labelNotAtThisPace: 'Inte i denna takt',
    labelTooFew: 'För få värden',
    count: (met: string, total: string) => `I nuvarande takt nås ${met} av ${total} återstående mål i tid.`,
  },
  en: {
    years: (count: string, n: number) => (n === 1 ? `${count} year` : `${count} years`),
    reachedInTime: (year: string, targetYear: string) =>
      `At the pace of the last five years the target will be reached in ${year}, in time for the target year ${targetYear}`,
    reachedLate: (year: string, late: string) => `At the pace of the last five years the target will be reached in ${year}, ${late} after the target year`,
    rangeBetween: (low: string, high: string) => ` (likely between ${low} and ${high})`,
    rangeFrom: (low: string) => ` (likely ${low} at the earliest, and possibly not within 25 years of the target year)`,
    rangeSame: (year: string) => ` (likely in ${year} itself)`,
    notAtThisPace: 'At the current pace the target will not be reached.',
    notAtThisPaceAtBest: (year: string) => `At the current pace the target will not be reached; at best in ${year}.`,
    tooFewValues: 'There are too few values from the last five years to judge the pace.',
    valueAtTarget: (value: string, year: string, low: string, high: string) =>
      `At the same pace the value will be ${value} in ${year} (likely between ${low} and ${high}).`,
    labelInTime: 'In time',
    labelLate: (late: string) => `${late} late`,
    labelNotAtThisPace: 'Not at this pace',
    labelTooFew: 'Too few values',
    count: (met: string, total: string) => `At the current pace ${met} of the ${total} remaining targets will be met in time.`,
  },
});

/** "fyra år" / "four years"; digits above twelve. */
export function yearsInWords(n: number, language: Language): string {
  const word = WORDS[language][n];
  return messages[language].years(word ?? formatNumber(n, language), n);
}

/** The decimals projected values are shown with (see the module comment). */
export function projectionDecimals(decimals: number, value: number): number {
  return Math.abs(value) < 1000 ? decimals + 1 : decimals;
}

function rangeText(forecast: Forecast, language: Language): string {
  const t = messages[language];
  const low = forecast.reachYearLow;
  const high = forecast.reachYearHigh;
  if (low === null || low === undefined) return '';
  if (high === null || high === undefined) return t.rangeFrom(String(low));
  if (low === high) return t.rangeSame(String(low));
  return t.rangeBetween(String(low), String(high));
}

/**
 * When the target is reached at the current pace, conclusion first: "I den takt det gått de senaste
 * fem åren nås målet 2036, sex år efter målåret (troligen mellan 2034 och 2040)." /
 * "I nuvarande takt nås målet inte." / "Det finns för få mätvärden …".
 */
export function describeForecast(forecast: Forecast, language: Language): string {
  const t = messages[language];
  switch (forecast.verdict) {
    case 'too-few-values':
      return t.tooFewValues;
    case 'not-at-this-pace':
      return typeof forecast.reachYearLow === 'number' ? t.notAtThisPaceAtBest(String(forecast.reachYearLow)) : t.notAtThisPace;
    case 'in-time':
    case 'late': {
      const year = String(forecast.reachYear ?? '');
      const head =
        forecast.verdict === 'late' ? t.reachedLate(year, yearsInWords(forecast.yearsLate ?? 0, language)) : t.reachedInTime(year, String(forecast.targetYear));
      return `${head}${rangeText(forecast, language)}.`;
    }
  }
}

/** The value the line gives at the target period with its 80 % range, or undefined when that period is past. */
export function describeValueAtTarget(forecast: Forecast, language: Language, decimals: number, unit: string): string | undefined {
  const at = forecast.atTarget;
  if (forecast.verdict === 'too-few-values' || at === undefined) return undefined;
  const shown = projectionDecimals(decimals, at.value);
  return messages[language].valueAtTarget(
    formatValue(at.value, language, shown, unit),
    String(forecast.targetYear),
    formatNumber(at.low, language, shown),
    formatNumber(at.high, language, shown),
  );
}

/** The short label for tables, cards and the catalogue: "I tid", "6 år sent", "Inte i denna takt", "För få värden". */
export function forecastLabel(forecast: Forecast, language: Language): string {
  const t = messages[language];
  switch (forecast.verdict) {
    case 'in-time':
      return t.labelInTime;
    case 'late':
      return t.labelLate(messages[language].years(formatNumber(forecast.yearsLate ?? 0, language), forecast.yearsLate ?? 0));
    case 'not-at-this-pace':
      return t.labelNotAtThisPace;
    case 'too-few-values':
      return t.labelTooFew;
  }
}

/**
 * "I nuvarande takt nås 3 av 9 återstående mål i tid." / "At the current pace 3 of the 9 remaining
 * targets will be met in time." Counted over the targets not yet achieved (the ones with a
 * forecast): an achieved target is the status's news, and counting it here would merge the two.
 */
export function describeForecastCount(inTime: number, total: number, language: Language): string {
  return messages[language].count(formatNumber(inTime, language), formatNumber(total, language));
}
