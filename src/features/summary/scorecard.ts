/**
 * The synergy scorecard as data: one entry per goal from goals.json, one row per indicator the
 * goal sets targets for, and one cell per district (areas.geojson order) — with the target and
 * its evaluation where the goal sets one for that district, and "no target" otherwise. Status
 * comes only from the shared rule (lib/status: evaluateTarget, countStatuses).
 *
 * Decisions:
 * - A goal's rows follow the order in which its targets first name each indicator. Of two
 *   targets for the same indicator and district in one goal the first counts (as in
 *   buildIndicatorAreaRows); the same pair in another goal is evaluated there with that goal's
 *   own target.
 * - The domain filter keeps the rows whose indicator is of that domain, and the goals that keep
 *   at least one row (a goal can span domains: waste trucks are mobility, waste per home is
 *   housing). The counts are over what is shown, so the printed brief adds up.
 * - Counts are of targets (indicator × district within a goal), as "7 av 12 mål i fas".
 */
import type { ObservationsDocument } from '../../contract/documents';
import type { AreaFeature, Domain, Goal, Indicator, Link, Point, Target } from '../../contract/schemas';
import {
  areaSeries,
  countStatuses,
  evaluateTarget,
  latestValue,
  type StatusCounts,
  type TargetEvaluation,
  type Valued,
  type TargetStatus,
} from '../../core/status';
import { forecastTarget, type Forecast } from '../../core/forecast';

export interface ScorecardCell {
  area: AreaFeature;
  /** The points of the area's own series (no siteId); empty when none was published. */
  points: Point[];
  /** The latest non-null value of that series, at any period. */
  latest: Valued<Point> | undefined;
  /** This goal's target for the indicator in this district, if it sets one. */
  target: Target | undefined;
  evaluation: TargetEvaluation<Point> | undefined;
  /** At the current pace, when the target is reached; none for achieved targets (docs/forecast.md). */
  forecast?: Forecast | undefined;
}

export interface ScorecardRow {
  indicator: Indicator;
  cells: ScorecardCell[];
  /**
   * Reference areas with a value for this indicator (e.g. the whole city), shown beside the
   * districts in the fair comparison; never a target, a status or a count.
   */
  references?: ScorecardCell[];
}

export interface ScorecardGoal {
  goal: Goal;
  rows: ScorecardRow[];
}

export interface AreaCounts {
  area: AreaFeature;
  counts: StatusCounts;
}

export interface SourceEntry {
  source: Link;
  /** The indicators shown that name this source, in the order they appear. */
  indicators: Indicator[];
}

export interface Scorecard {
  goals: ScorecardGoal[];
  /** Every target shown. */
  counts: StatusCounts;
  /** Targets shown whose latest value is overdue. */
  overdue: number;
  /** Of the targets shown that are not yet achieved (those with a forecast), how many are reached in time at the current pace. */
  forecastCounts: { inTime: number; total: number };
  /** The same counts for each district. */
  byArea: AreaCounts[];
  /** The distinct sources of the indicators shown. */
  sources: SourceEntry[];
  /** Whether goals.json has any goal at all (before the domain filter). */
  hasGoals: boolean;
}

export interface BuildScorecardInput {
  goals: ReadonlyArray<Goal>;
  indicators: ReadonlyArray<Indicator>;
  areas: ReadonlyArray<AreaFeature>;
  /** Reference areas (`role: "reference"`): compared with, never evaluated. */
  referenceAreas?: ReadonlyArray<AreaFeature>;
  observations: ReadonlyMap<string, ObservationsDocument>;
  today: Date;
  archived?: boolean | undefined;
  domain?: Domain | undefined;
}

/** The indicator ids the goals set targets for, in goals.json order, each once. */
export function goalIndicatorIds(goals: ReadonlyArray<Goal>): string[] {
  return [...new Set(goals.flatMap((goal) => goal.targets.map((target) => target.indicatorId)))];
}

export function buildScorecard({
  goals,
  indicators,
  areas,
  referenceAreas = [],
  observations,
  today,
  archived = false,
  domain,
}: BuildScorecardInput): Scorecard {
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const cards: ScorecardGoal[] = [];
  for (const goal of goals) {
    const targets = new Map<string, Target>();
    const rowIds: string[] = [];
    for (const target of goal.targets) {
      const key = `${target.indicatorId}/${target.areaId}`;
      if (!targets.has(key)) targets.set(key, target);
      if (!rowIds.includes(target.indicatorId)) rowIds.push(target.indicatorId);
    }
    const rows: ScorecardRow[] = [];
    for (const indicatorId of rowIds) {
      const indicator = indicatorById.get(indicatorId);
      if (!indicator || (domain !== undefined && indicator.domain !== domain)) continue;
      const series = observations.get(indicatorId)?.series ?? [];
      const cells = areas.map((area): ScorecardCell => {
        const points = [...(areaSeries(series, area.id)?.points ?? [])];
        const target = targets.get(`${indicatorId}/${area.id}`);
        const evaluation = target
          ? evaluateTarget({ target, points, direction: indicator.direction, frequency: indicator.frequency, today, archived })
          : undefined;
        const forecast = target && evaluation && evaluation.status !== 'achieved' ? forecastTarget({ target, points }) : undefined;
        return { area, points, latest: latestValue(points), target, evaluation, ...(forecast ? { forecast } : {}) };
      });
      const references = referenceAreas.flatMap((area): ScorecardCell[] => {
        const points = [...(areaSeries(series, area.id)?.points ?? [])];
        const latest = latestValue(points);
        return latest ? [{ area, points, latest, target: undefined, evaluation: undefined }] : [];
      });
      rows.push({ indicator, cells, ...(references.length > 0 ? { references } : {}) });
    }
    if (rows.length > 0) cards.push({ goal, rows });
  }

  const evaluated = cards.flatMap((card) => card.rows.flatMap((row) => row.cells)).filter((cell) => cell.evaluation !== undefined);
  const statusesOf = (cells: ScorecardCell[]) => cells.flatMap((cell) => (cell.evaluation ? [cell.evaluation.status] : []));
  return {
    goals: cards,
    counts: countStatuses(statusesOf(evaluated)),
    overdue: evaluated.filter((cell) => cell.evaluation?.overdue).length,
    forecastCounts: {
      inTime: evaluated.filter((cell) => cell.forecast?.verdict === 'in-time').length,
      total: evaluated.filter((cell) => cell.forecast !== undefined).length,
    },
    byArea: areas.map((area) => ({ area, counts: countStatuses(statusesOf(evaluated.filter((cell) => cell.area.id === area.id))) })),
    sources: sourcesOf(cards.flatMap((card) => card.rows.map((row) => row.indicator))),
    hasGoals: goals.length > 0,
  };
}

/** Statuses that mean "behind": what the behind-only filter keeps and the behind-first order puts first. */
const BEHIND: ReadonlyArray<TargetStatus> = ['off-track', 'at-risk'];

/** How far behind a status is, worst first: off track, at risk, no data, on track, achieved. */
const BEHIND_RANK: Record<TargetStatus, number> = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3, achieved: 4 };

function goalStatuses(card: ScorecardGoal): TargetStatus[] {
  return card.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.evaluation ? [cell.evaluation.status] : [])));
}

/**
 * The cards as the politician asked for them (issue: "what is behind?"): `show: 'behind'` keeps the
 * goals with at least one target off track or at risk; `order: 'behind-first'` sorts by each goal's
 * worst target (off track, at risk, no data, on track, achieved), then by how many targets are
 * behind, then goals.json order. The counts are not changed: they stay those of the chosen topic.
 */
export function arrangeGoals(
  goals: ReadonlyArray<ScorecardGoal>,
  { order, show }: { order?: 'behind-first' | undefined; show?: 'behind' | undefined },
): ScorecardGoal[] {
  const shown = show === 'behind' ? goals.filter((card) => goalStatuses(card).some((status) => BEHIND.includes(status))) : [...goals];
  if (order !== 'behind-first') return shown;
  const keyed = shown.map((card, index) => {
    const statuses = goalStatuses(card);
    return {
      card,
      index,
      worst: Math.min(...statuses.map((status) => BEHIND_RANK[status]), Number.POSITIVE_INFINITY),
      behind: statuses.filter((status) => BEHIND.includes(status)).length,
    };
  });
  return keyed.sort((a, b) => a.worst - b.worst || b.behind - a.behind || a.index - b.index).map(({ card }) => card);
}

function sourcesOf(indicators: ReadonlyArray<Indicator>): SourceEntry[] {
  const byKey = new Map<string, SourceEntry>();
  for (const indicator of indicators) {
    const key = `${indicator.source.name}|${indicator.source.url ?? ''}`;
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { source: indicator.source, indicators: [indicator] });
    else if (!entry.indicators.includes(indicator)) entry.indicators.push(indicator);
  }
  return [...byKey.values()];
}
