/** How check problems are printed (data:check and data:build alike). */
import type { CheckProblem } from './types.ts';

/** `ERROR goals.json goals[0].targets[1].indicatorId: names an unknown indicator "x" (record …)` */
export function formatProblem(problem: CheckProblem): string {
  const level = problem.severity === 'error' ? 'ERROR' : 'WARN';
  const where = problem.path === '' ? problem.documentName : `${problem.documentName} ${problem.path}`;
  const record = problem.recordId === undefined ? '' : ` (record "${problem.recordId}")`;
  return `${level} ${where}: ${problem.message}${record}`;
}

export function summarize(problems: ReadonlyArray<CheckProblem>, documentsRead: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = errors === 0 ? 'OK' : 'FAILED';
  return `${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(documentsRead, 'document')}`;
}
