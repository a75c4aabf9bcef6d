/**
 * Fair comparison of the districts: a total (homes, MWh, km…) is divided by the district's
 * residents or heated floor area (areas.geojson `population`, `heatedAreaM2`) so a big district
 * and a small one can be set side by side. See docs/summary.md, "The comparison rule".
 *
 * The contract has no field saying whether an indicator's values are totals, so the rule reads
 * the indicator's unit (both languages):
 * - A unit is already normalised — a share, a rate per something or an index — when it has
 *   "%", a "/" (kWh/m²), one of the words procent, percent, index, andel, share, or "per X"
 *   where X is not a unit of time ("platser per bostad", "kg per lägenhet och år",
 *   "per cent"). "per år" / "per year" only says over which period a total was counted, so
 *   "MWh per år" and "km per year" stay totals.
 * - Every other unit is a total (bostäder, MWh per år, km per år, ton).
 * - Per resident applies to every total. Per m² of heated floor area applies to totals of the
 *   energy and housing domains only: floor area measures the building stock, and says nothing
 *   about, say, car-pool kilometres.
 * - Only values of the same period are divided: the denominator's period (`populationPeriod`,
 *   `heatedAreaM2Period`) picks the district's value of that period, or — when there is none —
 *   the nearest one (the later of two equally near), and the formula shows both years
 *   ("5 800 bostäder (2022) ÷ 6 960 invånare (2022)"). A denominator without a period is not
 *   used: homes of 2025 divided by residents of an unknown year is a figure nobody should quote.
 *   Baselines and targets are not divided.
 * - A district without the denominator (or with 0) gets no number, and the page says so.
 * Values are shown per 1 000 residents or per 1 000 m², with the same decimals for every
 * district in a row.
 */
import type { AreaFeature, Domain, Indicator } from '../../contract/schemas';
import { periodToTime } from '../../core/periods';

export type ComparisonMode = 'absolute' | 'per-resident' | 'per-m2';
export type Denominator = 'population' | 'heatedAreaM2';

/** Values are shown per this many residents or square metres. */
export const PER = 1000;

const TIME_WORDS = new Set([
  'år',
  'året',
  'års',
  'year',
  'years',
  'annum',
  'månad',
  'månaden',
  'month',
  'kvartal',
  'kvartalet',
  'quarter',
  'vecka',
  'veckan',
  'week',
  'dag',
  'dagen',
  'dygn',
  'day',
  'timme',
  'timmen',
  'hour',
]);
const RATIO_WORDS = new Set(['procent', 'procentenheter', 'percent', 'percentage', 'index', 'andel', 'share', 'ratio', 'kvot']);

/** Whether a unit text names a share, a rate per something or an index (not a total). */
export function isNormalisedUnit(unit: string): boolean {
  const text = unit.toLowerCase();
  if (text.includes('%') || text.includes('/') || text.includes('‰')) return true;
  const words = text.split(/[\s()=,;:]+/u).filter(Boolean);
  return words.some((word, index) => {
    if (RATIO_WORDS.has(word)) return true;
    if (word !== 'per') return false;
    const next = words[index + 1];
    return next !== undefined && !TIME_WORDS.has(next);
  });
}

/** Whether the indicator's values are totals that can be divided: neither unit text is normalised. */
export function isTotalIndicator(indicator: Pick<Indicator, 'unit'>): boolean {
  const units = [indicator.unit.sv, indicator.unit.en].filter((unit): unit is string => unit !== undefined);
  return units.length > 0 && !units.some(isNormalisedUnit);
}

const BUILDING_DOMAINS: ReadonlySet<Domain> = new Set(['energy', 'housing']);

export type Applicability = { divisible: true; denominator: Denominator } | { divisible: false; reason: 'absolute' | 'normalised' | 'not-buildings' };

/** Whether (and by what) the indicator's values are divided in this mode. */
export function comparisonFor(indicator: Pick<Indicator, 'unit' | 'domain'>, mode: ComparisonMode): Applicability {
  if (mode === 'absolute') return { divisible: false, reason: 'absolute' };
  if (!isTotalIndicator(indicator)) return { divisible: false, reason: 'normalised' };
  if (mode === 'per-resident') return { divisible: true, denominator: 'population' };
  return BUILDING_DOMAINS.has(indicator.domain) ? { divisible: true, denominator: 'heatedAreaM2' } : { divisible: false, reason: 'not-buildings' };
}

const PERIOD_FIELD: Record<Denominator, 'populationPeriod' | 'heatedAreaM2Period'> = { population: 'populationPeriod', heatedAreaM2: 'heatedAreaM2Period' };

/** The period the denominator counts, if the data says. */
export function denominatorPeriodOf(area: AreaFeature, denominator: Denominator): string | undefined {
  return area.properties[PERIOD_FIELD[denominator]];
}

export function denominatorOf(area: AreaFeature, denominator: Denominator): number | undefined {
  const value = area.properties[denominator];
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

export type ComparedValue =
  /** Shown as published (absolute mode, or an indicator that is not divided). */
  | { kind: 'as-is'; value: number; decimals: number }
  /** raw (of `period`) ÷ denominatorValue (of `denominatorPeriod`) × PER; `nearest` when the periods differ. */
  | {
      kind: 'divided';
      value: number;
      decimals: number;
      raw: number;
      period: string;
      denominator: Denominator;
      denominatorValue: number;
      denominatorPeriod: string;
      nearest: boolean;
    }
  | { kind: 'missing-denominator'; denominator: Denominator; raw: number }
  /** The denominator is there but the data does not say which period it counts. */
  | { kind: 'undated-denominator'; denominator: Denominator; raw: number }
  | { kind: 'no-value' };

/**
 * Decimals that give the smallest non-zero value of a row at least two significant digits
 * (31,8 → 32; 4,63 → 4,6; 0,153 → 0,15), between 0 and 4, so districts share one precision.
 */
export function dividedDecimals(values: ReadonlyArray<number>): number {
  const nonZero = values.map(Math.abs).filter((value) => value > 0 && Number.isFinite(value));
  if (nonZero.length === 0) return 0;
  const smallest = Math.min(...nonZero);
  return Math.min(4, Math.max(0, 1 - Math.floor(Math.log10(smallest))));
}

export interface CompareEntry {
  area: AreaFeature;
  /** The latest value of the area's own series, if any. */
  value: number | undefined;
  /** The area's own series: dividing picks the value of the denominator's period (or the nearest). */
  points?: ReadonlyArray<{ period: string; value: number | null }>;
}

/** The value of `period`, or the nearest valued point (the later of two equally near). */
export function valueNearest(points: ReadonlyArray<{ period: string; value: number | null }>, period: string): { period: string; value: number } | undefined {
  const at = periodToTime(period);
  let best: { period: string; value: number; distance: number; time: number } | undefined;
  for (const point of points) {
    if (point.value === null || !Number.isFinite(point.value)) continue;
    const time = periodToTime(point.period);
    const distance = Math.abs(time - at);
    if (!best || distance < best.distance || (distance === best.distance && time > best.time))
      best = { period: point.period, value: point.value, distance, time };
  }
  return best ? { period: best.period, value: best.value } : undefined;
}

/** The values of one indicator row, one per district, as the mode shows them. */
export function compareValues(
  indicator: Pick<Indicator, 'unit' | 'domain' | 'decimals'>,
  entries: ReadonlyArray<CompareEntry>,
  mode: ComparisonMode,
): ComparedValue[] {
  const applies = comparisonFor(indicator, mode);
  if (!applies.divisible) {
    return entries.map(({ value }) => (value === undefined ? { kind: 'no-value' } : { kind: 'as-is', value, decimals: indicator.decimals }));
  }
  const { denominator } = applies;
  const numerators = entries.map(({ area, points }) => {
    const byPeriod = denominatorPeriodOf(area, denominator);
    return byPeriod === undefined ? undefined : valueNearest(points ?? [], byPeriod);
  });
  const divided = entries.map(({ area }, index) => {
    const by = denominatorOf(area, denominator);
    const numerator = numerators[index];
    return numerator === undefined || by === undefined ? undefined : (numerator.value / by) * PER;
  });
  const decimals = dividedDecimals(divided.filter((value): value is number => value !== undefined));
  return entries.map(({ area, value }, index): ComparedValue => {
    if (value === undefined) return { kind: 'no-value' };
    const by = denominatorOf(area, denominator);
    if (by === undefined) return { kind: 'missing-denominator', denominator, raw: value };
    const byPeriod = denominatorPeriodOf(area, denominator);
    const numerator = numerators[index];
    const result = divided[index];
    if (byPeriod === undefined || numerator === undefined || result === undefined) return { kind: 'undated-denominator', denominator, raw: value };
    return {
      kind: 'divided',
      value: result,
      decimals,
      raw: numerator.value,
      period: numerator.period,
      denominator,
      denominatorValue: by,
      denominatorPeriod: byPeriod,
      nearest: periodToTime(numerator.period) !== periodToTime(byPeriod),
    };
  });
}
