import { expect, test } from 'vitest';
import type { ChangesDocument, Indicator } from '../../contract/schemas';
import { groupUpdates } from './group-changes';

const indicator = (id: string, domain: Indicator['domain'], visibility: Indicator['visibility'] = 'public'): Indicator => ({
  id,
  domain,
  name: { sv: id },
  unit: { sv: '%' },
  direction: 'increase',
  decimals: 0,
  frequency: 'annual',
  visibility,
  source: { name: 'Test' },
});

const publicChanges: ChangesDocument = {
  apiVersion: '1',
  updates: [
    {
      updated: '2026-11-20T09:00:00Z',
      changes: [
        { kind: 'value-added', indicatorId: 'solar', areaId: 'alpha', period: '2025', before: null, after: 3 },
        { kind: 'value-added', indicatorId: 'cars', areaId: 'beta', period: '2025', before: null, after: 1 },
        { kind: 'value-added', indicatorId: 'meters', areaId: 'alpha', period: '2025', before: null, after: 9 },
      ],
    },
    { updated: '2026-05-20', changes: [{ kind: 'became-overdue', indicatorId: 'cars', areaId: 'alpha', period: '2022' }] },
  ],
};
const internalChanges: ChangesDocument = {
  apiVersion: '1',
  updates: [
    { updated: '2026-11-20T09:00:00Z', changes: [{ kind: 'value-changed', indicatorId: 'meters', areaId: 'beta', period: '2025', before: 1, after: 2 }] },
  ],
};
const publicIndicators = [indicator('solar', 'energy'), indicator('cars', 'mobility')];

test('anonymous: public updates newest first; a change of an indicator the viewer cannot see is left out', () => {
  const groups = groupUpdates({ public: publicChanges }, publicIndicators);
  expect(groups.map((group) => group.updated)).toEqual(['2026-11-20T09:00:00Z', '2026-05-20']);
  expect(groups[0]?.items.map((item) => item.change.indicatorId)).toEqual(['solar', 'cars']);
});

test('signed in: internal changes join the update of the same time, marked internal', () => {
  const groups = groupUpdates({ public: publicChanges, internal: internalChanges }, [...publicIndicators, indicator('meters', 'energy', 'internal')]);
  expect(groups).toHaveLength(2);
  expect(groups[0]?.items.map((item) => [item.change.indicatorId, item.change.areaId, item.internal])).toEqual([
    ['solar', 'alpha', false],
    ['cars', 'beta', false],
    ['meters', 'alpha', true],
    ['meters', 'beta', true],
  ]);
});

test('district and domain filters keep matching changes and drop updates left empty', () => {
  const groups = groupUpdates({ public: publicChanges }, publicIndicators, { area: 'beta' });
  expect(groups.map((group) => group.items.map((item) => item.change.indicatorId))).toEqual([['cars']]);
  expect(groupUpdates({ public: publicChanges }, publicIndicators, { domain: 'mobility', area: 'alpha' }).map((group) => group.updated)).toEqual([
    '2026-05-20',
  ]);
});
