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
  sum: number;
  min: number;
  max: number;
  last: number;
  lastAt: number;
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
      entry.periods.set(cut.period, { count: 1, sum: value, min: value, max: value, last: value, lastAt: cut.epochMs });
      return 'added';
    }
    accumulator.count += 1;
    accumulator.sum += value;
    if (value < accumulator.min) accumulator.min = value;
    if (value > accumulator.max) accumulator.max = value;
    // `>=`: of two readings at the same instant, the one read later wins (a correction).
    if (cut.epochMs >= accumulator.lastAt) {
      accumulator.last = value;
      accumulator.lastAt = cut.epochMs;
    }
    return 'added';
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
      return withoutBinaryNoise(accumulator.sum / accumulator.count);
    case 'sum':
      return withoutBinaryNoise(accumulator.sum);
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
  add(reason: string, count = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
  }
  toList(): Array<{ reason: string; count: number }> {
    return [...this.counts.entries()].map(([reason, count]) => ({ reason, count }));
  }
}

/** The note every point from a standard source carries, e.g. "Källa: Kolada, N07945". */
export function sourceNote(sv: string, en: string): NonNullable<Point['note']> {
  return { sv: `Källa: ${sv}`, en: `Source: ${en}` };
}
