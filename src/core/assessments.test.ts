import { expect, test } from 'vitest';
import type { Assessment, Goal } from '../contract/schemas';
import { countExpected, expectedLabel, isAssessmentStale, latestAssessment } from './assessments';

const assessment = (date: string, expected: Assessment['expected']): Assessment => ({
  date,
  author: 'A',
  expected,
  text: { sv: 'T' },
  visibility: 'public',
});
const target = (assessments?: Assessment[]): Goal['targets'][number] => ({
  indicatorId: 'x',
  areaId: 'a',
  baseline: { period: '2015', value: 1 },
  target: { period: '2030', value: 2 },
  ...(assessments ? { assessments } : {}),
});

test('the latest assessment is the newest by date, whatever the order given', () => {
  expect(latestAssessment([assessment('2025-01-10', 'not'), assessment('2026-03-12', 'partly'), assessment('2024-12-31', 'fully')])?.date).toBe('2026-03-12');
  expect(latestAssessment([])).toBeUndefined();
  expect(latestAssessment(undefined)).toBeUndefined();
});

test('an assessment is stale when it is more than 12 months old', () => {
  expect(isAssessmentStale('2025-11-20', new Date('2026-11-20T09:00:00Z'))).toBe(false);
  expect(isAssessmentStale('2025-11-19', new Date('2026-11-20T09:00:00Z'))).toBe(true);
  expect(isAssessmentStale('2026-03-12', new Date('2026-11-20T09:00:00Z'))).toBe(false);
  expect(isAssessmentStale('2024-02-29', new Date('2025-03-02T00:00:00Z'))).toBe(true);
});

test('the headline count takes each target by its latest assessment; unassessed targets are not counted', () => {
  const goals = [
    { targets: [target([assessment('2026-01-01', 'fully'), assessment('2025-01-01', 'not')]), target()] },
    { targets: [target([assessment('2026-02-01', 'partly')]), target([assessment('2026-02-01', 'not')]), target([assessment('2026-02-01', 'fully')])] },
  ];
  expect(countExpected(goals)).toEqual({ fully: 2, partly: 1, not: 1 });
});

test('the expected result reads in both languages', () => {
  expect(expectedLabel('partly', 'sv')).toBe('Nås delvis');
  expect(expectedLabel('not', 'en')).toBe('Not expected to be met');
});
