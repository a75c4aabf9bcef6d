/**
 * What changed between the previous output and this build (issue 11; the build's changes.json,
 * see /work/shared/design/sources.md "Changes"). A pure function of two snapshots, so the
 * "What changed" page, the Atom feed and their tests can be made from fixtures.
 *
 * - value-added: a period that had no value now has one (before: null);
 * - value-changed: a period's value differs (before → after);
 * - value-removed: a period that had a value has none now (after: null);
 * - status-changed: a target's status (the shared rule, src/lib/status) differs;
 * - became-overdue: an area's own series is overdue now and was not at the previous update.
 * Series are compared by area and site; ordering is stable (indicator, area, site, period).
 */
import type { Change, Goal, Indicator, ObservationsDocument as ObservationsFile, Update } from '../../src/lib/api/schemas';

/** An observations file as read (the envelope's apiVersion is not needed here). */
type ObservationsDocument = Pick<ObservationsFile, 'indicatorId' | 'series'>;
import { areaSeries, isOverdue, latestValue, targetStatus } from '../../src/lib/status/status';

export interface OutputSnapshot {
  /** meta.updated of that output. */
  updated: string;
  archived?: boolean | undefined;
  indicators: ReadonlyArray<Indicator>;
  goals: ReadonlyArray<Goal>;
  observations: ReadonlyArray<ObservationsDocument>;
}

type Valued = number | null;

function seriesKey(areaId: string, siteId: string | undefined): string {
  return `${areaId}\u0000${siteId ?? ''}`;
}

function pointMap(points: ReadonlyArray<{ period: string; value: Valued }>): Map<string, Valued> {
  const map = new Map<string, Valued>();
  for (const point of points) if (!map.has(point.period)) map.set(point.period, point.value);
  return map;
}

function valueChanges(indicatorId: string, previous: ObservationsDocument | undefined, current: ObservationsDocument | undefined): Change[] {
  const changes: Change[] = [];
  const before = new Map((previous?.series ?? []).map((series) => [seriesKey(series.areaId, series.siteId), series]));
  const after = new Map((current?.series ?? []).map((series) => [seriesKey(series.areaId, series.siteId), series]));
  const keys = [...new Set([...after.keys(), ...before.keys()])].sort();
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    const series = now ?? old;
    if (!series) continue;
    const oldPoints = pointMap(old?.points ?? []);
    const newPoints = pointMap(now?.points ?? []);
    const periods = [...new Set([...newPoints.keys(), ...oldPoints.keys()])].sort();
    for (const period of periods) {
      const was = oldPoints.get(period) ?? null;
      const is = newPoints.get(period) ?? null;
      if (was === is) continue;
      const kind = was === null ? 'value-added' : is === null ? 'value-removed' : 'value-changed';
      changes.push({
        kind,
        indicatorId,
        areaId: series.areaId,
        ...(series.siteId ? { siteId: series.siteId } : {}),
        period,
        before: was,
        after: is,
      });
    }
  }
  return changes;
}

export function computeUpdate(previous: OutputSnapshot, current: OutputSnapshot): Update {
  const changes: Change[] = [];
  const previousObservations = new Map(previous.observations.map((document) => [document.indicatorId, document]));
  const currentObservations = new Map(current.observations.map((document) => [document.indicatorId, document]));
  const indicators = [...current.indicators].sort((a, b) => a.id.localeCompare(b.id));

  for (const indicator of indicators) {
    changes.push(...valueChanges(indicator.id, previousObservations.get(indicator.id), currentObservations.get(indicator.id)));
  }

  const indicatorById = new Map(current.indicators.map((indicator) => [indicator.id, indicator]));
  const previousTargets = new Map(previous.goals.flatMap((goal) => goal.targets.map((target) => [`${goal.id}/${target.indicatorId}/${target.areaId}`, target] as const)));
  for (const goal of current.goals) {
    for (const target of goal.targets) {
      const indicator = indicatorById.get(target.indicatorId);
      if (!indicator) continue;
      const oldTarget = previousTargets.get(`${goal.id}/${target.indicatorId}/${target.areaId}`);
      if (!oldTarget) continue;
      const pointsOf = (document: ObservationsDocument | undefined) => areaSeries(document?.series ?? [], target.areaId)?.points ?? [];
      const was = targetStatus({ target: oldTarget, points: pointsOf(previousObservations.get(indicator.id)), direction: indicator.direction });
      const is = targetStatus({ target, points: pointsOf(currentObservations.get(indicator.id)), direction: indicator.direction });
      if (was.status === is.status) continue;
      changes.push({
        kind: 'status-changed',
        indicatorId: indicator.id,
        areaId: target.areaId,
        goalId: goal.id,
        ...(is.latest ? { period: is.latest.period } : {}),
        before: was.status,
        after: is.status,
      });
    }
  }

  const previousToday = new Date(previous.updated);
  const today = new Date(current.updated);
  for (const indicator of indicators) {
    const areaIds = [...new Set((currentObservations.get(indicator.id)?.series ?? []).filter((series) => !series.siteId).map((series) => series.areaId))].sort();
    for (const areaId of areaIds) {
      const latestNow = latestValue(areaSeries(currentObservations.get(indicator.id)?.series ?? [], areaId)?.points ?? [])?.period;
      const latestThen = latestValue(areaSeries(previousObservations.get(indicator.id)?.series ?? [], areaId)?.points ?? [])?.period;
      const overdueNow = isOverdue(latestNow, indicator.frequency, today, current.archived ?? false);
      const overdueThen = isOverdue(latestThen, indicator.frequency, previousToday, previous.archived ?? false);
      if (overdueNow && !overdueThen && latestNow) changes.push({ kind: 'became-overdue', indicatorId: indicator.id, areaId, period: latestNow });
    }
  }

  return { updated: current.updated, previousUpdated: previous.updated, changes };
}
