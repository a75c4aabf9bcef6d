/**
 * changes.json: what this build changed compared with the previous output (docs/sources.md,
 * "Changes"). Values are compared point by point; target statuses and "overdue" come from the
 * dashboard's own rule (src/lib/status), evaluated on the previous documents at their `updated`
 * date and on the new ones at this build's date.
 */
import type { ObservationsDocument } from '../src/contract/documents.ts';
import type { AreaFeature, Change, ChangesDocument, Goal, Indicator } from '../src/contract/schemas.ts';
import { buildIndicatorAreaRows, type IndicatorAreaRow } from '../src/core/indicator-rows.ts';
import { periodToTime } from '../src/core/periods.ts';
import { parseUtcDate } from '../src/core/calendar.ts';

export interface ComparableDataset {
  updated: string;
  indicators: ReadonlyArray<Indicator>;
  areas: ReadonlyArray<AreaFeature>;
  goals: ReadonlyArray<Goal>;
  observations: ReadonlyMap<string, ObservationsDocument>;
  archived?: boolean | undefined;
}

const seriesKey = (areaId: string, siteId: string | undefined) => `${areaId}\u0000${siteId ?? ''}`;

/** Value changes of one indicator: added (no value → value), changed, removed (value → none). */
function valueChanges(indicatorId: string, before: ObservationsDocument | undefined, after: ObservationsDocument | undefined): Change[] {
  const keys: Array<{ areaId: string; siteId: string | undefined }> = [];
  const seen = new Set<string>();
  const values = (doc: ObservationsDocument | undefined) => {
    const out = new Map<string, Map<string, number | null>>();
    for (const series of doc?.series ?? []) {
      const key = seriesKey(series.areaId, series.siteId);
      if (!seen.has(key)) {
        seen.add(key);
        keys.push({ areaId: series.areaId, siteId: series.siteId });
      }
      out.set(key, new Map(series.points.map((point) => [point.period, point.value])));
    }
    return out;
  };
  const old = values(before);
  const now = values(after);
  const changes: Change[] = [];
  for (const { areaId, siteId } of keys) {
    const key = seriesKey(areaId, siteId);
    const a = old.get(key) ?? new Map<string, number | null>();
    const b = now.get(key) ?? new Map<string, number | null>();
    const periods = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => periodToTime(x) - periodToTime(y) || (x < y ? -1 : 1));
    for (const period of periods) {
      const was = a.get(period) ?? null;
      const is = b.get(period) ?? null;
      if (was === is) continue;
      const base = { indicatorId, areaId, ...(siteId === undefined ? {} : { siteId }), period };
      // The contract (docs/sources.md "changes.json") gives every value change both sides; null = no value.
      if (was === null) changes.push({ kind: 'value-added', ...base, before: null, after: is });
      else if (is === null) changes.push({ kind: 'value-removed', ...base, before: was, after: null });
      else changes.push({ kind: 'value-changed', ...base, before: was, after: is });
    }
  }
  return changes;
}

function rowsOf(dataset: ComparableDataset): Map<string, IndicatorAreaRow> {
  const rows = buildIndicatorAreaRows({
    indicators: dataset.indicators,
    // Reference areas have no status; they never count here.
    areas: dataset.areas.filter((area) => area.properties.role !== 'reference'),
    goals: dataset.goals,
    observations: dataset.observations,
    today: parseUtcDate(dataset.updated),
    archived: dataset.archived,
  });
  return new Map(rows.map((row) => [`${row.indicator.id}/${row.area.id}`, row]));
}

/** Every change between two datasets, indicator by indicator in the new dataset's order. */
export function compareDatasets(previous: ComparableDataset, next: ComparableDataset): Change[] {
  const before = rowsOf(previous);
  const after = rowsOf(next);
  const ids = [...next.indicators.map((i) => i.id), ...previous.indicators.map((i) => i.id).filter((id) => !next.indicators.some((i) => i.id === id))];
  const changes: Change[] = [];
  for (const indicatorId of ids) {
    changes.push(...valueChanges(indicatorId, previous.observations.get(indicatorId), next.observations.get(indicatorId)));
    for (const [key, row] of after) {
      if (row.indicator.id !== indicatorId) continue;
      const old = before.get(key);
      const status = row.evaluation?.status;
      const oldStatus = old?.evaluation?.status;
      if (status !== undefined && oldStatus !== undefined && status !== oldStatus) {
        changes.push({
          kind: 'status-changed',
          indicatorId,
          areaId: row.area.id,
          ...(row.goal ? { goalId: row.goal.id } : {}),
          before: oldStatus,
          after: status,
        });
      }
      if (row.overdue && old !== undefined && !old.overdue) {
        changes.push({ kind: 'became-overdue', indicatorId, areaId: row.area.id, ...(row.latest ? { period: row.latest.period } : {}) });
      }
    }
  }
  return changes;
}

/**
 * Assessments in `next` that `previous` did not have (same goal, target, date and author), in
 * goal and target order. A target new in `next` brings all its assessments.
 */
export function assessmentChanges(previous: ReadonlyArray<Goal>, next: ReadonlyArray<Goal>): Change[] {
  const key = (goalId: string, indicatorId: string, areaId: string, date: string, author: string) => [goalId, indicatorId, areaId, date, author].join('\u0000');
  const seen = new Set(
    previous.flatMap((goal) =>
      goal.targets.flatMap((target) =>
        (target.assessments ?? []).map((assessment) => key(goal.id, target.indicatorId, target.areaId, assessment.date, assessment.author)),
      ),
    ),
  );
  return next.flatMap((goal) =>
    goal.targets.flatMap((target) =>
      (target.assessments ?? [])
        .filter((assessment) => !seen.has(key(goal.id, target.indicatorId, target.areaId, assessment.date, assessment.author)))
        .map((assessment): Change => ({
          kind: 'assessment-added',
          indicatorId: target.indicatorId,
          areaId: target.areaId,
          goalId: goal.id,
          period: assessment.date,
          expected: assessment.expected,
        })),
    ),
  );
}

/**
 * The new changes.json: this update prepended to the previous list when it changed something;
 * the previous list as it was when nothing changed; undefined on a first build (nothing to compare).
 */
export function nextChangesDocument(
  previous: ComparableDataset | undefined,
  previousChanges: ChangesDocument | undefined,
  next: ComparableDataset,
): ChangesDocument | undefined {
  if (!previous) return previousChanges;
  const changes = [...compareDatasets(previous, next), ...assessmentChanges(previous.goals, next.goals)];
  const updates = previousChanges?.updates ?? [];
  if (changes.length === 0) return previousChanges;
  return { apiVersion: '1', updates: [{ updated: next.updated, previousUpdated: previous.updated, changes }, ...updates] };
}
