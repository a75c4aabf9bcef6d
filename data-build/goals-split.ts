/**
 * Which goals go to the public output and which to the internal one. Internal indicators' targets
 * go to the internal output only (as before); so do internal assessments: a public target keeps
 * its public assessments in the public goals.json, and the internal goals.json repeats that
 * target carrying only its internal assessments. The dashboard merges the two after sign-in
 * (src/lib/api/internal-merge.ts), so an internal assessment is never in the public base.
 */
import type { Goal, Target } from '../src/contract/schemas.ts';
import { newestFirst } from './source/assessments.ts';

/** Goals restricted to targets on `keep` indicators; goals left without targets are dropped (goals that never had any stay). */
export function goalsFor(goals: ReadonlyArray<Goal>, keep: (indicatorId: string) => boolean): Goal[] {
  return goals.flatMap((goal) => {
    const targets = (goal.targets ?? []).filter((target) => keep(target.indicatorId));
    return targets.length === 0 && (goal.targets ?? []).length > 0 ? [] : [{ ...goal, targets }];
  });
}

function withAssessments(target: Target, keep: (visibility: 'public' | 'internal') => boolean): Target {
  if (target.assessments === undefined) return target;
  const { assessments, ...rest } = target;
  const kept = newestFirst(assessments.filter((assessment) => keep(assessment.visibility)));
  return kept.length > 0 ? { ...rest, assessments: kept } : rest;
}

export interface SplitGoals {
  public: Goal[];
  internal: Goal[];
}

export function splitGoals(goals: ReadonlyArray<Goal>, isInternalIndicator: (indicatorId: string) => boolean): SplitGoals {
  const publicGoals = goalsFor(goals, (id) => !isInternalIndicator(id)).map((goal) => ({
    ...goal,
    targets: goal.targets.map((target) => withAssessments(target, (visibility) => visibility === 'public')),
  }));
  const internalGoals = goals.flatMap((goal) => {
    const targets = (goal.targets ?? []).flatMap((target): Target[] => {
      // An internal indicator's target is internal as a whole, with every assessment it has.
      if (isInternalIndicator(target.indicatorId)) return [withAssessments(target, () => true)];
      const internal = (target.assessments ?? []).filter((assessment) => assessment.visibility === 'internal');
      return internal.length > 0 ? [withAssessments(target, (visibility) => visibility === 'internal')] : [];
    });
    return targets.length > 0 ? [{ ...goal, targets }] : [];
  });
  return { public: publicGoals, internal: internalGoals };
}
