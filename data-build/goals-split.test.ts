// @vitest-environment node
import { expect, test } from 'vitest';
import type { Assessment, Goal, Target } from '../src/contract/schemas.ts';
import { describeChange } from '../src/core/describe-change.ts';
import { assessmentChanges } from './changes.ts';
import { splitGoals } from './goals-split.ts';

const assessment = (date: string, visibility: Assessment['visibility'], author = 'A'): Assessment => ({
  date,
  author,
  expected: 'partly',
  text: { sv: date },
  visibility,
});
const target = (indicatorId: string, assessments?: Assessment[]): Target => ({
  indicatorId,
  areaId: 'alpha',
  baseline: { period: '2015', value: 1 },
  target: { period: '2030', value: 2 },
  ...(assessments ? { assessments } : {}),
});
const goal = (targets: Target[]): Goal => ({ id: 'g', title: { sv: 'G' }, targets });

test('public goals keep public assessments only, newest first; the internal output repeats the target with its internal ones', () => {
  const goals = [
    goal([
      target('public-one', [assessment('2025-01-01', 'public'), assessment('2026-01-01', 'internal'), assessment('2026-02-01', 'public')]),
      target('public-two', [assessment('2025-01-01', 'public')]),
      target('secret', [assessment('2025-05-01', 'public')]),
    ]),
  ];
  const split = splitGoals(goals, (id) => id === 'secret');
  expect(split.public[0]?.targets.map((t) => [t.indicatorId, t.assessments?.map((a) => a.date)])).toEqual([
    ['public-one', ['2026-02-01', '2025-01-01']],
    ['public-two', ['2025-01-01']],
  ]);
  expect(JSON.stringify(split.public)).not.toContain('internal');
  expect(split.internal[0]?.targets.map((t) => [t.indicatorId, t.assessments?.map((a) => `${a.date} ${a.visibility}`)])).toEqual([
    ['public-one', ['2026-01-01 internal']],
    ['secret', ['2025-05-01 public']],
  ]);
});

test('a target whose only assessments are internal has none in public; a goal with nothing internal is not in the internal output', () => {
  const split = splitGoals([goal([target('x', [assessment('2026-01-01', 'internal')])]), { ...goal([target('y')]), id: 'h' }], () => false);
  expect(split.public.map((g) => g.targets.map((t) => 'assessments' in t))).toEqual([[false], [false]]);
  expect(split.internal.map((g) => g.id)).toEqual(['g']);
});

test('new assessments are those the previous goals did not have (same goal, target, date and author), described in both languages', () => {
  const before = [goal([target('x', [assessment('2025-01-01', 'public')])])];
  const after = [goal([target('x', [assessment('2026-03-12', 'public'), assessment('2025-01-01', 'public'), assessment('2025-01-01', 'public', 'B')])])];
  const changes = assessmentChanges(before, after);
  expect(changes).toEqual([
    { kind: 'assessment-added', indicatorId: 'x', areaId: 'alpha', goalId: 'g', period: '2026-03-12', expected: 'partly' },
    { kind: 'assessment-added', indicatorId: 'x', areaId: 'alpha', goalId: 'g', period: '2025-01-01', expected: 'partly' },
  ]);
  expect(describeChange(changes[0]!, undefined, 'sv')).toBe('Ny bedömning från projektet (12 mars 2026): Nås delvis');
  expect(describeChange(changes[0]!, undefined, 'en')).toBe('New assessment by the project (12 March 2026): Partly expected to be met');
});
