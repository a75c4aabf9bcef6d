/**
 * The chart's maths: points in range on a numeric time axis (a period = its first day, UTC,
 * from periodToTime), the reduction for drawing, the target path clipped to the range, the axes,
 * the nearest point and the event markers.
 */
import type { LocalizedText, Point, Quality } from '../../../contract/schemas';
import { lttbWithGaps } from '../../../lib/downsample/lttb';
import { periodToTime } from '../../../core/periods';
import { qualityOf } from '../../../contract/quality';

export interface ChartPoint {
  t: number;
  v: number | null;
  period: string;
  /** Undefined for a point without a value (see contract/quality). */
  quality: Quality | undefined;
  note: LocalizedText | undefined;
}

const timedCache = new WeakMap<ReadonlyArray<Point>, ChartPoint[]>();

/**
 * Every point of a series as a chart point, in time order. Cached per points array (the parsed
 * document's arrays do not change), so each period of a long series is parsed once.
 */
export function timedPoints(points: ReadonlyArray<Point>): ChartPoint[] {
  let timed = timedCache.get(points);
  if (!timed) {
    timed = points
      .map((point) => ({ t: periodToTime(point.period), v: point.value, period: point.period, quality: qualityOf(point), note: point.note }))
      .sort((a, b) => a.t - b.t);
    timedCache.set(points, timed);
  }
  return timed;
}

/** The index of the first point at or after `t` (points sorted by t). */
function lowerBound(points: ReadonlyArray<ChartPoint>, t: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as ChartPoint).t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The series' points in the years `from`–`to` as chart points, in time order. */
export function chartPoints(points: ReadonlyArray<Point>, from: number, to: number): ChartPoint[] {
  const timed = timedPoints(points);
  return timed.slice(lowerBound(timed, Date.UTC(from, 0, 1)), lowerBound(timed, Date.UTC(to + 1, 0, 1)));
}

/** How many points of the series fall in the years `from`–`to` (without copying them). */
export function countInRange(points: ReadonlyArray<Point>, from: number, to: number): number {
  const timed = timedPoints(points);
  return lowerBound(timed, Date.UTC(to + 1, 0, 1)) - lowerBound(timed, Date.UTC(from, 0, 1));
}

/**
 * At most about one point per horizontal pixel (`maxPoints`), chosen with LTTB; gaps (null
 * values) stay gaps. Short series are returned as they are.
 */
export function reduceForChart(points: ReadonlyArray<ChartPoint>, maxPoints: number): ChartPoint[] {
  if (points.length <= maxPoints) return [...points];
  return lttbWithGaps(
    points,
    Math.max(3, Math.floor(maxPoints)),
    (point) => point.t,
    (point) => point.v,
  );
}

export interface XY {
  t: number;
  v: number;
}

/** The straight target path from (p0, baseline) to (p1, target), clipped to [tMin, tMax]; undefined when outside. */
export function clipSegment(start: XY, end: XY, tMin: number, tMax: number): [XY, XY] | undefined {
  const lo = Math.max(tMin, Math.min(start.t, end.t));
  const hi = Math.min(tMax, Math.max(start.t, end.t));
  if (lo > hi || start.t === end.t) return undefined;
  const at = (t: number): XY => ({ t, v: start.v + ((end.v - start.v) * (t - start.t)) / (end.t - start.t) });
  return [at(lo), at(hi)];
}

/** A round step for about `count` intervals over `span` (1, 2, 2.5 or 5 × a power of ten). */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The value axis: it starts at zero for quantities (all values ≥ 0), and extends to a round
 * number above the largest value; below zero when a value is negative.
 */
export function valueScale(values: ReadonlyArray<number>, count = 5): { domain: [number, number]; ticks: number[]; startsAtZero: boolean } {
  let max = -Infinity;
  let rawMin = Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value > max) max = value;
    if (value < rawMin) rawMin = value;
  }
  if (!Number.isFinite(max)) {
    max = 1;
    rawMin = 0;
  }
  const min = Math.min(0, rawMin);
  // A flat line at zero still gets an axis to stand on.
  if (max <= min) max = min + 1;
  const span = max - min;
  const step = niceStep(span, count);
  const low = Math.floor(min / step) * step;
  let high = Math.ceil(max / step) * step;
  if (high === low) high = low + step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number.parseFloat(tick.toPrecision(12)));
  return { domain: [low, high], ticks, startsAtZero: low === 0 };
}

const YEAR_MS = 365.25 * 86_400_000;

/** Ticks on the time axis at the start of years (or months for spans under about two years). */
export function timeTicks(tMin: number, tMax: number, maxTicks: number): number[] {
  const first = new Date(tMin);
  const last = new Date(tMax);
  if (tMax - tMin < 2 * YEAR_MS) {
    const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
    const every = Math.max(1, Math.ceil((months + 1) / Math.max(1, maxTicks)));
    const ticks: number[] = [];
    for (let month = 0; month <= months; month += every) {
      const tick = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + month, 1);
      if (tick >= tMin && tick <= tMax) ticks.push(tick);
    }
    return ticks;
  }
  const firstYear = first.getUTCFullYear() + (Date.UTC(first.getUTCFullYear(), 0, 1) < tMin ? 1 : 0);
  const years = last.getUTCFullYear() - firstYear;
  const every = [1, 2, 5, 10, 20, 25, 50, 100].find((step) => years / step < Math.max(1, maxTicks)) ?? 100;
  const ticks: number[] = [];
  const start = Math.ceil(firstYear / every) * every;
  for (let year = start; year <= last.getUTCFullYear(); year += every) ticks.push(Date.UTC(year, 0, 1));
  return ticks;
}

export interface EventMarker {
  id: string;
  t: number;
  /** "3", "1, 2" or "4–6": the numbers of the events in the list under the chart. */
  label: string;
}

/** About how wide an event label is drawn (13 px bold digits, plus recharts' 5 px inset), in px. */
export function eventLabelWidth(label: string): number {
  return 8 * label.length + 10;
}

function groupLabel(numbers: ReadonlyArray<number>): string {
  const first = numbers[0] as number;
  const last = numbers.at(-1) as number;
  return numbers.length === 1 ? String(first) : numbers.length === 2 ? `${first}, ${last}` : `${first}–${last}`;
}

/**
 * One marker per group of events that would overlap on screen, labelled with the events' numbers
 * (1-based, in the given order). An event starts a new group only when it is at least `minGapPx`
 * and the width of the previous group's label away, so "1, 2" and "3" never run together into
 * "1, 23".
 */
export function groupEventMarkers(times: ReadonlyArray<{ id: string; t: number }>, msPerPx: number, minGapPx = 36): EventMarker[] {
  const groups: Array<{ id: string; t: number; numbers: number[] }> = [];
  times.forEach((event, index) => {
    const group = groups.at(-1);
    const gap = group ? (event.t - group.t) / msPerPx : Infinity;
    if (group && gap < Math.max(minGapPx, eventLabelWidth(groupLabel(group.numbers)) + 4)) group.numbers.push(index + 1);
    else groups.push({ id: event.id, t: event.t, numbers: [index + 1] });
  });
  return groups.map(({ id, t, numbers }) => ({ id, t, label: groupLabel(numbers) }));
}
