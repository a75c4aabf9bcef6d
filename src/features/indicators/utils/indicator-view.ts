/**
 * The indicator page's view: the URL codec (range, series, tab), the years on offer, the view
 * resolved against the data, and the events in it. Years are calendar years of the periods.
 */
import type { PilotEvent, Target } from '../../../contract/schemas';
import { periodToTime } from '../../../core/periods';
import { writeList, parseList } from '../../../lib/url/list-param';
import type { SeriesInfo } from './describe-series';
import { compareCodeUnits } from '../../../contract/compare';

export type ViewTab = 'chart' | 'table';

export interface ViewParams {
  from: number | undefined;
  to: number | undefined;
  /** Visible series keys; undefined = the default (every district, no sites). */
  series: string[] | undefined;
  view: ViewTab;
}

function readYear(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  return Number(value);
}

export function parseViewParams(params: URLSearchParams): ViewParams {
  const series = parseList(params, 'series');
  return {
    from: readYear(params.get('from')),
    to: readYear(params.get('to')),
    series: series?.filter((key) => /^[a-z0-9-]+(\.[a-z0-9-]+)?$/.test(key)),
    view: params.get('view') === 'table' ? 'table' : 'chart',
  };
}

/** The URL for a view; defaults are left out. */
export function writeViewParams(view: ViewParams): URLSearchParams {
  const params = new URLSearchParams();
  if (view.from !== undefined) params.set('from', String(view.from));
  if (view.to !== undefined) params.set('to', String(view.to));
  writeList(params, 'series', view.series);
  if (view.view === 'table') params.set('view', 'table');
  return params;
}

export function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

/** The years the range control offers: from the first value or baseline to the last value or target. */
export function yearSpan(series: ReadonlyArray<SeriesInfo>, targets: ReadonlyArray<Target>): { first: number; last: number } | undefined {
  // Loops rather than Math.min(...years): a long daily series would overflow the argument list.
  let first = Infinity;
  let last = -Infinity;
  const add = (period: string) => {
    const year = yearOf(period);
    if (year < first) first = year;
    if (year > last) last = year;
  };
  for (const item of series) {
    for (const point of item.points) if (point.value !== null) add(point.period);
  }
  for (const target of targets) {
    add(target.baseline.period);
    add(target.target.period);
  }
  return Number.isFinite(first) ? { first, last } : undefined;
}

export interface ResolvedView {
  from: number;
  to: number;
  visible: SeriesInfo[];
  view: ViewTab;
}

/** The view to show: the URL's choices where they are valid, the defaults otherwise. */
export function resolveView(params: ViewParams, series: ReadonlyArray<SeriesInfo>, span: { first: number; last: number }): ResolvedView {
  const clamp = (year: number) => Math.min(span.last, Math.max(span.first, year));
  let from = clamp(params.from ?? span.first);
  let to = clamp(params.to ?? span.last);
  if (from > to) [from, to] = [to, from];
  // By default every district and its reference lines; sites only when chosen.
  const districts = series.filter((item) => item.kind === 'area' || item.kind === 'reference');
  const keys = params.series ?? (districts.length > 0 ? districts : series).map((item) => item.key);
  const wanted = new Set(keys);
  return { from, to, visible: series.filter((item) => wanted.has(item.key)), view: params.view };
}

export function inRange(period: string, from: number, to: number): boolean {
  const year = yearOf(period);
  return year >= from && year <= to;
}

/**
 * The events drawn on the chart: those of the visible districts (or of no district) in the
 * range, in time order. The same records give the same array, so the chart is not redrawn.
 */
export function eventsInView(events: ReadonlyArray<PilotEvent>, visible: ReadonlyArray<SeriesInfo>, from: number, to: number): PilotEvent[] {
  const areaIds = new Set(visible.map((series) => series.areaId));
  return events
    .filter((event) => (event.areaId === undefined || areaIds.has(event.areaId)) && inRange(event.period, from, to))
    .sort((a, b) => periodToTime(a.period) - periodToTime(b.period) || compareCodeUnits(a.id, b.id));
}
