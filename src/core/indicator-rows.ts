/**
 * Joins the documents into one row per indicator and district: the area's own series, its latest
 * value and trend, and — where a goal sets one — the target with its evaluated status.
 * Shared by the catalogue, the scorecard, the district pages and the start page, so every view
 * shows the same status for the same pair.
 */
import type { ObservationsDocument } from '../contract/documents';
import type { AreaFeature, Goal, Indicator, Point, Target } from '../contract/schemas';
import type { Forecast } from './forecast';
import { areaSeries, evaluateTarget, isOverdue, latestValue, trendSincePrevious, type TargetEvaluation, type Trend, type Valued } from './status';

export interface IndicatorAreaRow {
  indicator: Indicator;
  area: AreaFeature;
  /** The area's own series (no siteId), sorted by period; empty when none was published. */
  points: Point[];
  latest: Valued<Point> | undefined;
  trend: Trend<Point> | undefined;
  /** The first target for this pair in goals.json order, with the goal that sets it. */
  target: Target | undefined;
  goal: Goal | undefined;
  evaluation: TargetEvaluation<Point> | undefined;
  /**
   * At the current pace, when the target is reached; undefined without a target and for achieved
   * ones (docs/forecast.md). Set only by `withForecasts` (row-forecasts.ts), for views that show it.
   */
  forecast?: Forecast | undefined;
  /** The latest value is older than two update periods (also for rows without a target). */
  overdue: boolean;
  /** The last data build could not read the indicator's source; these values are older (observations `stale`). */
  stale?: boolean;
}

export interface BuildRowsInput {
  indicators: ReadonlyArray<Indicator>;
  areas: ReadonlyArray<AreaFeature>;
  goals: ReadonlyArray<Goal>;
  observations: ReadonlyMap<string, ObservationsDocument>;
  today: Date;
  archived?: boolean | undefined;
}

/** Rows in catalogue order (indicators, then areas); a pair with neither data nor target is left out. */
export function buildIndicatorAreaRows({ indicators, areas, goals, observations, today, archived = false }: BuildRowsInput): IndicatorAreaRow[] {
  const targets = new Map<string, { target: Target; goal: Goal }>();
  for (const goal of goals) {
    for (const target of goal.targets) {
      const key = `${target.indicatorId}/${target.areaId}`;
      if (!targets.has(key)) targets.set(key, { target, goal });
    }
  }
  const rows: IndicatorAreaRow[] = [];
  for (const indicator of indicators) {
    const document = observations.get(indicator.id);
    const series = document?.series ?? [];
    for (const area of areas) {
      const points = areaSeries(series, area.id)?.points ?? [];
      const targeted = targets.get(`${indicator.id}/${area.id}`);
      if (points.length === 0 && !targeted) continue;
      const latest = latestValue(points);
      const evaluation = targeted
        ? evaluateTarget({ target: targeted.target, points, direction: indicator.direction, frequency: indicator.frequency, today, archived })
        : undefined;
      rows.push({
        indicator,
        area,
        points: [...points],
        latest,
        trend: trendSincePrevious(points, indicator.direction),
        target: targeted?.target,
        goal: targeted?.goal,
        evaluation,
        overdue: evaluation?.overdue ?? isOverdue(latest?.period, indicator.frequency, today, archived),
        ...(document?.stale ? { stale: true } : {}),
      });
    }
  }
  return rows;
}
