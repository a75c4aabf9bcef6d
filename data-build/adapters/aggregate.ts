/**
 * Streaming aggregation of readings into the indicator's periods. Each (series, period) keeps a
 * constant-size accumulator, so memory grows with the number of periods, never with the number
 * of readings: a million meter readings of one year cost twelve accumulators.
 */
import type { Frequency, Point, Quality, Series } from '../../src/contract/schemas.ts';
import { PeriodCutter } from './periods.ts';
import type { Aggregate } from './types.ts';
import { withoutBinaryNoise } from '../../src/core/numbers.ts';

interface Accumulator {
  count: number;
  /**
   * The sum as exact partials (Shewchuk's algorithm, as Python's math.fsum): the rounded total
   * does not depend on the order the readings came in, so a period folded from an earlier state
   * plus the new readings gives the very same bytes as one read whole (incremental harvest).
   */
  partials: number[];
  min: number;
  max: number;
  last: number;
  lastAt: number;
}

/** Adds `x` to exact partials in place (non-overlapping, increasing magnitude). */
function addPartial(partials: number[], x: number): void {
  let value = x;
  let i = 0;
  for (const partial of partials) {
    let y = partial;
    if (Math.abs(value) < Math.abs(y)) [value, y] = [y, value];
    const high = value + y;
    const low = y - (high - value);
    if (low !== 0) partials[i++] = low;
    value = high;
  }
  partials.length = i;
  partials.push(value);
}

/** The correctly rounded sum of exact partials. */
function sumPartials(partials: ReadonlyArray<number>): number {
  let n = partials.length;
  if (n === 0) return 0;
  let high = partials[--n] as number;
  let low = 0;
  while (n > 0) {
    const x = high;
    const y = partials[--n] as number;
    high = x + y;
    low = y - (high - x);
    if (low !== 0) break;
  }
  // Round half-even across the remaining partials, as fsum does.
  if (n > 0 && ((low < 0 && (partials[n - 1] as number) < 0) || (low > 0 && (partials[n - 1] as number) > 0))) {
    const y = low * 2;
    const x = high + y;
    if (y === x - high) high = x;
  }
  return high;
}

/** One period's kept state: [period, count, partials, min, max, last, lastAt]. */
export type PeriodState = [string, number, number[], number, number, number, number];
/** The state of an aggregator, to fold later readings into (incremental harvest). */
export interface AggregatorState {
  series: Array<{ areaId: string; siteId?: string; periods: PeriodState[] }>;
}

export interface SeriesKey {
  areaId: string;
  siteId?: string;
}

export type AddOutcome = 'added' | 'bad-time';

export class PeriodAggregator {
  private readonly cutter: PeriodCutter;
  private readonly series = new Map<string, { key: SeriesKey; periods: Map<string, Accumulator> }>();

  private readonly aggregate: Aggregate;
  private readonly frequency: Frequency;

  constructor(aggregate: Aggregate, frequency: Frequency, timeZone: string) {
    this.aggregate = aggregate;
    this.frequency = frequency;
    this.cutter = new PeriodCutter(timeZone);
  }

  /** Adds one numeric reading taken at `time` (ISO 8601). A time that cannot be read is reported, not guessed. */
  add(key: SeriesKey, time: string, value: number): AddOutcome {
    const cut = this.cutter.periodOf(time, this.frequency);
    if (cut === undefined) return 'bad-time';
    const seriesId = `${key.areaId}\u0000${key.siteId ?? ''}`;
    let entry = this.series.get(seriesId);
    if (entry === undefined) {
      entry = { key, periods: new Map() };
      this.series.set(seriesId, entry);
    }
    const accumulator = entry.periods.get(cut.period);
    if (accumulator === undefined) {
      entry.periods.set(cut.period, { count: 1, partials: [value], min: value, max: value, last: value, lastAt: cut.epochMs });
      return 'added';
    }
    accumulator.count += 1;
    addPartial(accumulator.partials, value);
    if (value < accumulator.min) accumulator.min = value;
    if (value > accumulator.max) accumulator.max = value;
    // `>=`: of two readings at the same instant, the one read later wins (a correction).
    if (cut.epochMs >= accumulator.lastAt) {
      accumulator.last = value;
      accumulator.lastAt = cut.epochMs;
    }
    return 'added';
  }

  /** The kept state (series and periods in a stable order), to continue from in a later build. */
  exportState(): AggregatorState {
    return {
      series: [...this.series.values()]
        .sort((a, b) => compareKeys(a.key, b.key))
        .map(({ key, periods }) => ({
          ...key,
          periods: [...periods.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([period, a]): PeriodState => [period, a.count, [...a.partials], a.min, a.max, a.last, a.lastAt]),
        })),
    };
  }

  /** Continues from a kept state: later readings fold into its periods. */
  restore(state: AggregatorState): void {
    for (const series of state.series) {
      const key: SeriesKey = series.siteId === undefined ? { areaId: series.areaId } : { areaId: series.areaId, siteId: series.siteId };
      const periods = new Map<string, Accumulator>();
      for (const [period, count, partials, min, max, last, lastAt] of series.periods)
        periods.set(period, { count, partials: [...partials], min, max, last, lastAt });
      this.series.set(`${key.areaId}\u0000${key.siteId ?? ''}`, { key, periods });
    }
  }

  /** Every series with its periods in order; values at full precision (12 significant digits for sums and means). */
  toSeries(pointExtras: { quality: Quality; note?: Point['note'] }): Series[] {
    return [...this.series.values()]
      .map(({ key, periods }) => ({
        areaId: key.areaId,
        ...(key.siteId === undefined ? {} : { siteId: key.siteId }),
        points: [...periods.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([period, accumulator]) => ({
            period,
            value: valueOf(accumulator, this.aggregate),
            quality: pointExtras.quality,
            ...(pointExtras.note === undefined ? {} : { note: pointExtras.note }),
          })),
      }))
      .sort((a, b) => compareKeys(a, b));
  }
}

function valueOf(accumulator: Accumulator, aggregate: Aggregate): number {
  switch (aggregate) {
    // A sum or mean of many readings carries binary noise (239.60000000000002); readings themselves pass as read.
    case 'mean':
      return withoutBinaryNoise(sumPartials(accumulator.partials) / accumulator.count);
    case 'sum':
      return withoutBinaryNoise(sumPartials(accumulator.partials));
    case 'min':
      return accumulator.min;
    case 'max':
      return accumulator.max;
    case 'last':
      return accumulator.last;
  }
}

function compareKeys(a: SeriesKey, b: SeriesKey): number {
  const left = `${a.areaId}\u0000${a.siteId ?? ''}`;
  const right = `${b.areaId}\u0000${b.siteId ?? ''}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A strict reading of a result as a number: finite numbers, and text that is exactly a decimal number. */
export function numericResult(result: unknown): number | undefined {
  if (typeof result === 'number') return Number.isFinite(result) ? result : undefined;
  if (typeof result === 'string' && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(result)) return Number(result);
  return undefined;
}

/** Counts dropped points by reason, for the build report. */
export class DropCounter {
  private readonly counts = new Map<string, number>();
  /** Starts from counts kept from earlier harvests (incremental harvest). */
  constructor(kept: ReadonlyArray<{ reason: string; count: number }> = []) {
    for (const { reason, count } of kept) this.add(reason, count);
  }
  add(reason: string, count = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
  }
  /** By reason, so the list does not depend on which harvest saw a reason first. */
  toList(): Array<{ reason: string; count: number }> {
    return [...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([reason, count]) => ({ reason, count }));
  }
}

/** The note every point from a standard source carries, e.g. "Källa: Kolada, N07945". */
export function sourceNote(sv: string, en: string): NonNullable<Point['note']> {
  return { sv: `Källa: ${sv}`, en: `Source: ${en}` };
}
