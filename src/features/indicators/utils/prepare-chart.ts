/**
 * Everything the chart draws, from the visible series in the range: the points reduced to about
 * one per horizontal pixel of the plot, the target paths clipped to the range, both axes and the
 * event markers. Pure; the recharts component only draws the result.
 */
import type { PilotEvent, Target } from '../../../contract/schemas';
import { periodToTime } from '../../../core/periods';
import { timed } from './metrics';
import { clipSegment, groupEventMarkers, reduceForChart, timeTicks, valueScale, type ChartPoint, type EventMarker, type XY } from './chart-maths';
import type { SeriesInfo } from './describe-series';
import { chartProjections, type AreaForecast, type ChartProjection } from './chart-projection';

export interface ChartSeries {
  key: string;
  name: string;
  kind: SeriesInfo['kind'];
  colorIndex: number;
  /** Already reduced to about one point per pixel. */
  points: ChartPoint[];
}

export interface ChartTarget {
  key: string;
  colorIndex: number;
  /** The straight path clipped to the range (absent when outside it). */
  path: [XY, XY] | undefined;
  baseline: XY | undefined;
  target: XY | undefined;
}

/** Space the value axis and the margins take from the chart's width: the rest is the plot, in px. */
export const AXIS_SPACE = 96;

/** Space kept free at each end of the time axis, in px. */
const EDGE_PX = 12;

export interface PrepareChartInput {
  /** The visible series with their points in the range (see chartPoints). */
  inRange: ReadonlyArray<{ series: SeriesInfo; points: ChartPoint[] }>;
  targets: ReadonlyArray<Target>;
  events: ReadonlyArray<PilotEvent>;
  from: number;
  to: number;
  width: number;
  /** The forecasts in view (see projectionsInView): the time axis reaches their target periods. */
  projections?: ReadonlyArray<ChartProjection>;
}

export interface PreparedChart {
  series: ChartSeries[];
  targets: ChartTarget[];
  /** The forecasts drawn (the time axis reaches their target periods). */
  projections: ReadonlyArray<ChartProjection>;
  events: EventMarker[];
  xDomain: [number, number];
  xTicks: number[];
  yScale: ReturnType<typeof valueScale>;
  /** Values in the range, and values drawn after the reduction. */
  total: number;
  drawn: number;
  /** Time the LTTB reduction took, in ms. */
  reduceMs: number;
}

type InRange = PrepareChartInput['inRange'];

/** The time of the latest point in view: the range's last year, or a later point within it. */
function viewEnd(inRange: InRange, to: number): number {
  // Points are in time order, so each series' last point is its latest.
  return inRange.reduce((latest, { points }) => Math.max(latest, points.at(-1)?.t ?? latest), Date.UTC(to, 0, 1));
}

function visibleAreaSeries(inRange: InRange): Map<string, SeriesInfo> {
  return new Map(inRange.filter(({ series: info }) => info.kind === 'area').map(({ series: info }) => [info.areaId, info]));
}

/**
 * The districts' forecasts drawn in this view: a dashed projection with its band to the target
 * period. Apart from the width, so the prerendered page already has the projection's legend and
 * the drawn chart does not push what follows it down.
 */
export function projectionsInView(inRange: InRange, forecasts: ReadonlyArray<AreaForecast>, to: number): ChartProjection[] {
  return chartProjections(forecasts, visibleAreaSeries(inRange), viewEnd(inRange, to));
}

export function prepareChart({ inRange, targets, events, from, to, width, projections = [] }: PrepareChartInput): PreparedChart {
  const maxPoints = Math.max(50, width - AXIS_SPACE);
  const [series, reduceMs] = timed((): ChartSeries[] =>
    inRange.map(({ series: info, points }) => ({
      key: info.key,
      name: info.name,
      kind: info.kind,
      colorIndex: info.colorIndex,
      points: reduceForChart(points, maxPoints),
    })),
  );
  const tMin = Date.UTC(from, 0, 1);
  const lastTime = viewEnd(inRange, to);
  const visibleAreas = visibleAreaSeries(inRange);
  // A forecast extends the time axis to its target period, so the projection and the target it aims at are both in sight.
  const projectedEnd = projections.reduce((end, projection) => Math.max(end, projection.line.at(-1)?.t ?? end), lastTime);
  const dataDomain: [number, number] = [tMin, projectedEnd > lastTime ? projectedEnd : lastTime === tMin ? Date.UTC(to + 1, 0, 1) : lastTime];
  // 12 px of air at both ends: a first or last value is drawn inside the plot, never on the
  // value axis (a single-point site series hid on the axis). Ticks keep the data's years.
  const pad = ((dataDomain[1] - dataDomain[0]) / Math.max(1, width - AXIS_SPACE)) * EDGE_PX;
  const xDomain: [number, number] = [dataDomain[0] - pad, dataDomain[1] + pad];
  const within = (point: XY) => point.t >= dataDomain[0] && point.t <= dataDomain[1];
  const chartTargets: ChartTarget[] = targets.flatMap((target) => {
    const area = visibleAreas.get(target.areaId);
    if (!area) return [];
    const baseline = { t: periodToTime(target.baseline.period), v: target.baseline.value };
    const goal = { t: periodToTime(target.target.period), v: target.target.value };
    return [
      {
        key: area.key,
        colorIndex: area.colorIndex,
        path: clipSegment(baseline, goal, dataDomain[0], dataDomain[1]),
        baseline: within(baseline) ? baseline : undefined,
        target: within(goal) ? goal : undefined,
      },
    ];
  });
  const values: number[] = [];
  for (const item of series) for (const point of item.points) if (point.v !== null) values.push(point.v);
  for (const target of chartTargets) {
    for (const point of [...(target.path ?? []), target.baseline, target.target]) if (point) values.push(point.v);
  }
  for (const projection of projections) for (const step of projection.band) values.push(step.low, step.high);
  const msPerPx = (xDomain[1] - xDomain[0]) / Math.max(1, width - AXIS_SPACE);
  return {
    series,
    targets: chartTargets,
    projections,
    events: groupEventMarkers(
      events.map((event) => ({ id: event.id, t: periodToTime(event.period) })),
      msPerPx,
    ),
    xDomain,
    xTicks: timeTicks(dataDomain[0], dataDomain[1], Math.max(3, Math.floor(width / 90))),
    yScale: valueScale(values),
    total: inRange.reduce((sum, { points }) => sum + points.length, 0),
    drawn: series.reduce((sum, item) => sum + item.points.length, 0),
    reduceMs,
  };
}
