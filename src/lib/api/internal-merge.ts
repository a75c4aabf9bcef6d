/**
 * The merge of the public data base with the protected internal base, as a pure
 * function: the hooks call it with whatever the signed-in user may read, so every view shows
 * one catalogue and one list of goals whatever base a record came from.
 *
 * Rules (docs/decisions/0004-internal-data-behind-sign-in.md, docs/deploy.md):
 * - The public base shows only `visibility: "public"` indicators. An indicator it still lists as
 *   internal (a dataset built before internal indicators moved out) stays hidden, unless the
 *   internal base provides it: then the internal copy is used.
 * - Everything in the internal base is internal, whatever its `visibility` field says: it is
 *   only readable after sign-in.
 * - The same id in both bases: the public indicator wins (its observations are public), and the
 *   internal copy is dropped and reported.
 * - A goal in both bases is one goal: the public targets first, then the internal ones; a
 *   repeated indicator/area is dropped and reported (first wins, as within one document).
 * - A target from the internal base is internal even when it is on a public indicator (a project
 *   lead's target not yet published): it is kept for the signed-in view and marked.
 * - Internal assessments: the internal base repeats a public target to carry them. Its
 *   assessments join the public target's (newest first, marked `visibility: "internal"`);
 *   its numbers are the public target's, so nothing else of it is used or reported.
 */
import type { DataProblem } from '../../contract/problems';
import type { Goal, Indicator, Assessment } from '../../contract/schemas';

/** How documents of the internal base are named in problems and errors. */
export const INTERNAL_DOCUMENT_PREFIX = 'internal/';

export interface CatalogueDocuments {
  indicators: ReadonlyArray<Indicator>;
  goals: ReadonlyArray<Goal>;
}

export interface MergedCatalogue {
  /** Public indicators, then the internal base's (marked `visibility: "internal"`). */
  indicators: Indicator[];
  /** Goals of both bases, merged by id; references are checked afterwards by the caller. */
  goals: Goal[];
  /** Indicators whose documents (observations) come from the internal base. */
  internalIds: ReadonlySet<string>;
  /** Internal indicators the public base lists that the current view may not show. */
  hiddenIds: ReadonlySet<string>;
  /** Targets that came from the internal base, as `targetKey(goalId, indicatorId, areaId)`. */
  internalTargets: ReadonlySet<string>;
  problems: DataProblem[];
}

export function targetKey(goalId: string, indicatorId: string, areaId: string): string {
  return `${goalId}/${indicatorId}/${areaId}`;
}

export function mergeBases(publicBase: CatalogueDocuments, internalBase?: CatalogueDocuments): MergedCatalogue {
  const problems: DataProblem[] = [];
  const publicIndicators = publicBase.indicators.filter((indicator) => indicator.visibility === 'public');
  const publicIds = new Set(publicIndicators.map((indicator) => indicator.id));
  const internalIndicators: Indicator[] = [];
  (internalBase?.indicators ?? []).forEach((indicator, index) => {
    if (publicIds.has(indicator.id)) {
      problems.push({
        documentName: `${INTERNAL_DOCUMENT_PREFIX}indicators.json`,
        path: `indicators[${index}]`,
        recordId: indicator.id,
        message: `repeats the public indicator "${indicator.id}"; the public one is shown`,
      });
      return;
    }
    internalIndicators.push(indicator.visibility === 'internal' ? indicator : { ...indicator, visibility: 'internal' });
  });
  const internalIds = new Set(internalIndicators.map((indicator) => indicator.id));
  const hiddenIds = new Set(
    publicBase.indicators.filter((indicator) => indicator.visibility !== 'public' && !internalIds.has(indicator.id)).map((indicator) => indicator.id),
  );

  const goals = publicBase.goals.map((goal) => ({ ...goal, targets: [...goal.targets] }));
  const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
  const internalTargets = new Set<string>();
  (internalBase?.goals ?? []).forEach((internalGoal, goalIndex) => {
    let goal = goalsById.get(internalGoal.id);
    if (!goal) {
      goal = { ...internalGoal, targets: [] };
      goals.push(goal);
      goalsById.set(goal.id, goal);
    }
    const taken = new Set(goal.targets.map((target) => `${target.indicatorId}/${target.areaId}`));
    internalGoal.targets.forEach((target, targetIndex) => {
      const key = `${target.indicatorId}/${target.areaId}`;
      // Views order assessments by date; here they are only marked and joined.
      const internal = target.assessments?.map((assessment): Assessment => ({ ...assessment, visibility: 'internal' }));
      const index = goal.targets.findIndex((other) => `${other.indicatorId}/${other.areaId}` === key);
      const publicTarget = goal.targets[index];
      if (publicTarget && internal?.length) {
        goal.targets[index] = { ...publicTarget, assessments: [...(publicTarget.assessments ?? []), ...internal] };
        return;
      }
      if (taken.has(key)) {
        problems.push({
          documentName: `${INTERNAL_DOCUMENT_PREFIX}goals.json`,
          path: `goals[${goalIndex}].targets[${targetIndex}]`,
          recordId: `${internalGoal.id}: ${key}`,
          message: `repeats a target of goal "${internalGoal.id}" for ${key}; the first is kept`,
        });
        return;
      }
      taken.add(key);
      goal.targets.push(target);
      internalTargets.add(targetKey(internalGoal.id, target.indicatorId, target.areaId));
    });
  });

  return { indicators: [...publicIndicators, ...internalIndicators], goals, internalIds, hiddenIds, internalTargets, problems };
}
