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
 * - Only the latest value is divided. The contract gives one population and one floor area per
 *   district (today's), not a history, so baselines and targets from earlier years are not
 *   divided (it would compare 2015 homes with today's residents).
 * - A district without the denominator (or with 0) gets no number, and the page says so.
 * Values are shown per 1 000 residents or per 1 000 m², with the same decimals for every
 * district in a row.
 */
import type { AreaFeature, Domain, Indicator } from '../../lib/api/schemas';

export type ComparisonMode = 'absolute' | 'per-resident' | 'per-m2';
export type Denominator = 'population' | 'heatedAreaM2';

/** Values are shown per this many residents or square metres. */
export const PER = 1000;

const TIME_WORDS = new Set([
  'år', 'året', 'års', 'year', 'years', 'annum', 'månad', 'månaden', 'month', 'kvartal', 'kvartalet', 'quarter',
  'vecka', 'veckan', 'week', 'dag', 'dagen', 'dygn', 'day', 'timme', 'timmen', 'hour',
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

export type Applicability =
  | { divisible: true; denominator: Denominator }
  | { divisible: false; reason: 'absolute' | 'normalised' | 'not-buildings' };

/** Whether (and by what) the indicator's values are divided in this mode. */
export function comparisonFor(indicator: Pick<Indicator, 'unit' | 'domain'>, mode: ComparisonMode): Applicability {
  if (mode === 'absolute') return { divisible: false, reason: 'absolute' };
  if (!isTotalIndicator(indicator)) return { divisible: false, reason: 'normalised' };
  if (mode === 'per-resident') return { divisible: true, denominator: 'population' };
  return BUILDING_DOMAINS.has(indicator.domain) ? { divisible: true, denominator: 'heatedAreaM2' } : { divisible: false, reason: 'not-buildings' };
}

export function denominatorOf(area: AreaFeature, denominator: Denominator): number | undefined {
  const value = area.properties[denominator];
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

export type ComparedValue =
  /** Shown as published (absolute mode, or an indicator that is not divided). */
  | { kind: 'as-is'; value: number; decimals: number }
  /** raw ÷ denominatorValue × PER. */
  | { kind: 'divided'; value: number; decimals: number; raw: number; denominator: Denominator; denominatorValue: number }
  | { kind: 'missing-denominator'; denominator: Denominator; raw: number }
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
}

/** The values of one indicator row, one per district, as the mode shows them. */
export function compareValues(indicator: Pick<Indicator, 'unit' | 'domain' | 'decimals'>, entries: ReadonlyArray<CompareEntry>, mode: ComparisonMode): ComparedValue[] {
  const applies = comparisonFor(indicator, mode);
  if (!applies.divisible) {
    return entries.map(({ value }) => (value === undefined ? { kind: 'no-value' } : { kind: 'as-is', value, decimals: indicator.decimals }));
  }
  const { denominator } = applies;
  const divided = entries.map(({ area, value }) => {
    const by = denominatorOf(area, denominator);
    return value === undefined || by === undefined ? undefined : (value / by) * PER;
  });
  const decimals = dividedDecimals(divided.filter((value): value is number => value !== undefined));
  return entries.map(({ area, value }, index): ComparedValue => {
    if (value === undefined) return { kind: 'no-value' };
    const by = denominatorOf(area, denominator);
    const result = divided[index];
    if (by === undefined || result === undefined) return { kind: 'missing-denominator', denominator, raw: value };
    return { kind: 'divided', value: result, decimals, raw: value, denominator, denominatorValue: by };
  });
}
