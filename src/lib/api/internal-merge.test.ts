import { describe, expect, test } from 'vitest';
import { mergeBases, targetKey } from './internal-merge';
import type { Goal, Indicator, Target } from '../../contract/schemas';

function indicator(id: string, visibility: Indicator['visibility']): Indicator {
  return {
    id,
    domain: 'energy',
    name: { sv: id, en: id },
    unit: { sv: '%', en: '%' },
    direction: 'increase',
    decimals: 0,
    frequency: 'annual',
    visibility,
    source: { name: 'Test' },
  };
}

function target(indicatorId: string, areaId: string): Target {
  return { indicatorId, areaId, baseline: { period: '2015', value: 0 }, target: { period: '2030', value: 100 }, tolerance: 0.1 };
}

function goal(id: string, targets: Target[]): Goal {
  return { id, title: { sv: id, en: id }, targets };
}

const publicBase = {
  indicators: [indicator('solar', 'public'), indicator('meter-coverage', 'internal')],
  goals: [goal('energy', [target('solar', 'alpha'), target('meter-coverage', 'alpha')])],
};

describe('mergeBases', () => {
  test('without the internal base only public indicators show, and an internal one the public base still lists is hidden', () => {
    const merged = mergeBases(publicBase);
    expect(merged.indicators.map((item) => item.id)).toEqual(['solar']);
    expect([...merged.hiddenIds]).toEqual(['meter-coverage']);
    expect(merged.internalIds.size).toBe(0);
    expect(merged.problems).toEqual([]);
  });

  test('signed in, the internal base adds its indicators, marked internal whatever the file says', () => {
    const merged = mergeBases(publicBase, { indicators: [indicator('meter-coverage', 'internal'), indicator('heat-losses', 'public')], goals: [] });
    expect(merged.indicators.map((item) => [item.id, item.visibility])).toEqual([
      ['solar', 'public'],
      ['meter-coverage', 'internal'],
      ['heat-losses', 'internal'],
    ]);
    expect([...merged.internalIds]).toEqual(['meter-coverage', 'heat-losses']);
    expect(merged.hiddenIds.size).toBe(0);
  });

  test('the same id in both bases: the public indicator wins and the internal copy is reported', () => {
    const merged = mergeBases(publicBase, { indicators: [indicator('solar', 'internal')], goals: [] });
    expect(merged.indicators.filter((item) => item.id === 'solar')).toEqual([publicBase.indicators[0]]);
    expect(merged.internalIds.has('solar')).toBe(false);
    expect(merged.problems).toEqual([
      expect.objectContaining({
        documentName: 'internal/indicators.json',
        path: 'indicators[0]',
        recordId: 'solar',
        message: expect.stringContaining('public one is shown'),
      }),
    ]);
  });

  test('an internal target on a public indicator is kept for the signed-in view and marked internal', () => {
    const merged = mergeBases(publicBase, { indicators: [], goals: [goal('energy', [target('solar', 'beta')])] });
    const energy = merged.goals.find((item) => item.id === 'energy');
    expect(energy?.targets.map((item) => `${item.indicatorId}/${item.areaId}`)).toEqual(['solar/alpha', 'meter-coverage/alpha', 'solar/beta']);
    expect(merged.internalTargets).toEqual(new Set([targetKey('energy', 'solar', 'beta')]));
    expect(merged.internalTargets.has(targetKey('energy', 'solar', 'alpha'))).toBe(false);
  });

  test('a goal whose targets are split across the two bases becomes one goal, public targets first', () => {
    const internalBase = {
      indicators: [indicator('meter-coverage', 'internal')],
      goals: [goal('energy', [target('meter-coverage', 'beta'), target('solar', 'alpha')]), goal('metering', [target('meter-coverage', 'alpha')])],
    };
    const merged = mergeBases(publicBase, internalBase);
    expect(merged.goals.map((item) => item.id)).toEqual(['energy', 'metering']);
    expect(merged.goals[0]?.targets.map((item) => `${item.indicatorId}/${item.areaId}`)).toEqual([
      'solar/alpha',
      'meter-coverage/alpha',
      'meter-coverage/beta',
    ]);
    expect(merged.goals[0]?.title).toEqual(publicBase.goals[0]?.title);
    // The repeat of a public target is dropped and reported, first wins.
    expect(merged.problems).toEqual([
      expect.objectContaining({ documentName: 'internal/goals.json', path: 'goals[0].targets[1]', recordId: 'energy: solar/alpha' }),
    ]);
    expect(merged.internalTargets).toEqual(new Set([targetKey('energy', 'meter-coverage', 'beta'), targetKey('metering', 'meter-coverage', 'alpha')]));
    // The public documents are not changed by the merge.
    expect(publicBase.goals[0]?.targets).toHaveLength(2);
  });

  test('internal assessments on a public target join its public ones, marked internal (views order them by date); the target stays public', () => {
    const assessed: Target = {
      ...target('solar', 'alpha'),
      assessments: [{ date: '2026-01-10', author: 'Public', expected: 'partly', text: { sv: 'Offentlig' }, visibility: 'public' }],
    };
    const base = { indicators: publicBase.indicators, goals: [goal('energy', [assessed])] };
    const internalCopy: Target = {
      ...target('solar', 'alpha'),
      assessments: [{ date: '2026-05-02', author: 'Lead', expected: 'not', text: { sv: 'Intern' }, visibility: 'internal' }],
    };
    const merged = mergeBases(base, { indicators: [], goals: [goal('energy', [internalCopy])] });
    expect(merged.goals[0]?.targets).toHaveLength(1);
    expect(merged.goals[0]?.targets[0]?.assessments?.map((item) => [item.author, item.visibility])).toEqual([
      ['Public', 'public'],
      ['Lead', 'internal'],
    ]);
    expect(merged.internalTargets.size).toBe(0);
    expect(merged.problems).toEqual([]);
    // The public base alone never shows it.
    expect(mergeBases(base).goals[0]?.targets[0]?.assessments?.map((item) => item.author)).toEqual(['Public']);
  });
});
