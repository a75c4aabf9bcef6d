/**
 * goals.json: records, references, periods and values of each target, direction, data after the
 * baseline; a target on a reference area is an error (a reference area has no status).
 */
import { DOCUMENT_NAMES, parseGoals, type ObservationsDocument } from '../../src/contract/documents.ts';
import { resolveGoalReferences, type KnownIds } from '../../src/contract/references.ts';
import type { AreaFeature, Goal, Indicator } from '../../src/contract/schemas.ts';
import { isReferenceArea } from './areas.ts';
import { periodStart, rawIndex, type CheckContext, type RawDocument, type Audience } from './types.ts';
import { isObject, type JsonObject } from '../../src/contract/json.ts';

interface GoalRefs {
  known: KnownIds | undefined;
  areaById: ReadonlyMap<string, AreaFeature>;
  indicatorById: ReadonlyMap<string, Indicator>;
  observations: ReadonlyMap<string, ObservationsDocument>;
  /** `public`: an internal assessment is an error (data:build writes those to the internal output only). */
  audience?: Audience;
}

export function checkGoals(ctx: CheckContext, raw: RawDocument, refs: GoalRefs): void {
  const parsed = ctx.parse(DOCUMENT_NAMES.goals, () => parseGoals(raw.json));
  if (!parsed) return;
  ctx.addAll(parsed.problems);
  ctx.checkTexts(DOCUMENT_NAMES.goals, raw.json);
  let goals: Goal[] = parsed.data;
  const rawGoals = (raw.json as JsonObject).goals;
  /** `goals[i].targets[j]` of the parsed goals → the same target's path in the raw document. */
  const rawTargetPath = (goal: Goal, target: Goal['targets'][number]): string => {
    const goalIndex = rawIndex(rawGoals, (item) => item.id === goal.id);
    const rawGoal = Array.isArray(rawGoals) ? rawGoals[goalIndex] : undefined;
    const rawTargets = isObject(rawGoal) ? rawGoal.targets : undefined;
    const targetIndex = rawIndex(rawTargets, (item) => item.indicatorId === target.indicatorId && item.areaId === target.areaId);
    return `goals[${goalIndex}].targets[${targetIndex}]`;
  };
  if (refs.known) {
    const references = resolveGoalReferences(goals, refs.known);
    ctx.addAll(references.problems);
    goals = references.data;
  }
  for (const goal of goals) {
    for (const target of goal.targets) {
      const path = rawTargetPath(goal, target);
      const recordId = `${goal.id}: ${target.indicatorId}/${target.areaId}`;
      const { baseline, target: goalTarget } = target;
      if (isReferenceArea(refs.areaById.get(target.areaId))) {
        ctx.add(
          'error',
          DOCUMENT_NAMES.goals,
          `${path}.areaId`,
          `"${target.areaId}" is a reference area: it is followed for comparison only and cannot have a target`,
          recordId,
        );
      }
      if (periodStart(baseline.period) >= periodStart(goalTarget.period)) {
        ctx.add(
          'error',
          DOCUMENT_NAMES.goals,
          `${path}.target.period`,
          `the target period (${goalTarget.period}) must come after the baseline period (${baseline.period})`,
          recordId,
        );
      }
      if (baseline.value === goalTarget.value) {
        ctx.add('error', DOCUMENT_NAMES.goals, `${path}.target.value`, 'the target value equals the baseline value, so progress cannot be measured', recordId);
      }
      if ((refs.audience ?? 'public') === 'public') {
        const rawTarget = rawTargetObject(rawGoals, path);
        const rawAssessments = isObject(rawTarget) && Array.isArray(rawTarget.assessments) ? rawTarget.assessments : [];
        rawAssessments.forEach((assessment, index) => {
          if (!isObject(assessment) || assessment.visibility !== 'internal') return;
          ctx.add(
            'error',
            DOCUMENT_NAMES.goals,
            `${path}.assessments[${index}].visibility`,
            `would publish an internal assessment (${String(assessment.date)}): a public dataset must not hold internal assessments (data:build writes them to --internal-out)`,
            recordId,
          );
        });
      }
      const indicator = refs.indicatorById.get(target.indicatorId);
      if (indicator && baseline.value !== goalTarget.value) {
        const wantsIncrease = goalTarget.value > baseline.value;
        if (wantsIncrease !== (indicator.direction === 'increase')) {
          ctx.add(
            'warning',
            DOCUMENT_NAMES.goals,
            `${path}.target.value`,
            `the target asks for ${wantsIncrease ? 'an increase' : 'a decrease'}, but indicator "${indicator.id}" says "${indicator.direction}" is better`,
            recordId,
          );
        }
      }
      const doc = refs.observations.get(target.indicatorId);
      if (doc) {
        const series = doc.series.find((s) => s.areaId === target.areaId && s.siteId === undefined);
        const after = series?.points.some((point) => point.value !== null && periodStart(point.period) > periodStart(baseline.period));
        if (!after) {
          ctx.add(
            'warning',
            DOCUMENT_NAMES.goals,
            path,
            `no value after the baseline in the area series of "${target.indicatorId}" for "${target.areaId}": the status will be "no data"`,
            recordId,
          );
        }
      }
    }
  }
}

/** The raw target at a `goals[i].targets[j]` path (the assessments' own indexes are the file's). */
function rawTargetObject(rawGoals: unknown, path: string): unknown {
  const match = /^goals\[(-?\d+)\]\.targets\[(-?\d+)\]$/.exec(path);
  if (!match || !Array.isArray(rawGoals)) return undefined;
  const goal: unknown = rawGoals[Number(match[1])];
  return isObject(goal) && Array.isArray(goal.targets) ? (goal.targets as unknown[])[Number(match[2])] : undefined;
}
