/**
 * The project's own word per target (goals.json `responsible` and `assessments`), as pure rules
 * shared by the dashboard and the data build: the words for an expected result, the latest
 * assessment, when it is too old to lean on, and the headline count over goals.
 */
import { defineMessages } from './messages';
import type { Language } from '../contract/schemas';
import type { Assessment, ExpectedResult, Goal } from '../contract/schemas';

/** An assessment older than this many months gets a marker: the project has not said anything since. */
export const ASSESSMENT_STALE_MONTHS = 12;

const labels = defineMessages({
  sv: { fully: 'Nås helt', partly: 'Nås delvis', not: 'Nås inte' },
  en: { fully: 'Fully expected to be met', partly: 'Partly expected to be met', not: 'Not expected to be met' },
});

/** "Nås helt" / "Fully expected to be met". */
export function expectedLabel(expected: ExpectedResult, language: Language): string {
  return labels[language][expected];
}

/** Newest first, whatever order the list came in (ISO dates sort as text). */
export function sortAssessments(assessments: ReadonlyArray<Assessment>): Assessment[] {
  return [...assessments].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export function latestAssessment(assessments: ReadonlyArray<Assessment> | undefined): Assessment | undefined {
  return assessments && assessments.length > 0 ? sortAssessments(assessments)[0] : undefined;
}

/** True when `date` (YYYY-MM-DD) is more than 12 calendar months before `today`. */
export function isAssessmentStale(date: string, today: Date): boolean {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const limit = new Date(Date.UTC(year + Math.floor((month - 1 + ASSESSMENT_STALE_MONTHS) / 12), (month - 1 + ASSESSMENT_STALE_MONTHS) % 12, day));
  return today.getTime() > limit.getTime() + 24 * 60 * 60 * 1000 - 1;
}

export type ExpectedCounts = Record<ExpectedResult, number>;

/**
 * How many targets the project expects to meet fully, partly, not, by each target's latest
 * assessment (the same unit as the computed status; unassessed targets are not counted).
 */
export function countExpected(goals: ReadonlyArray<Pick<Goal, 'targets'>>): ExpectedCounts {
  const counts: ExpectedCounts = { fully: 0, partly: 0, not: 0 };
  for (const goal of goals) {
    for (const target of goal.targets) {
      const latest = latestAssessment(target.assessments);
      if (latest) counts[latest.expected] += 1;
    }
  }
  return counts;
}
