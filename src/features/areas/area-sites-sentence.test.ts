import { expect, test } from 'vitest';
import type { Domain, SiteStatus } from '../../contract/schemas';
import { describeAreaSites } from './area-sites-sentence';

const s = (domain: Domain, status: SiteStatus) => ({ properties: { domain, status } });

test('Swedish: how many sites, in which domains, and how far they have come', () => {
  expect(
    describeAreaSites({ language: 'sv', areaName: 'Årsta', sites: [s('energy', 'completed'), s('mobility', 'in-progress'), s('energy', 'planned')] }),
  ).toBe('I Årsta finns 3 pilotplatser inom energi och mobilitet. 1 är klar, 1 pågår och 1 är planerad.');
});

test('English: the same in English', () => {
  expect(
    describeAreaSites({ language: 'en', areaName: 'Årsta', sites: [s('housing', 'completed'), s('housing', 'completed'), s('mobility', 'planned')] }),
  ).toBe('Årsta has 3 pilot sites in mobility and housing. 2 are completed and 1 is planned.');
});

test('Swedish plural forms follow the count', () => {
  expect(
    describeAreaSites({
      language: 'sv',
      areaName: 'X',
      sites: [s('energy', 'completed'), s('energy', 'completed'), s('energy', 'planned'), s('energy', 'planned')],
    }),
  ).toBe('I X finns 4 pilotplatser inom energi. 2 är klara och 2 är planerade.');
});

test('one site', () => {
  expect(describeAreaSites({ language: 'sv', areaName: 'X', sites: [s('energy', 'in-progress')] })).toBe('I X finns 1 pilotplats inom energi. 1 pågår.');
  expect(describeAreaSites({ language: 'en', areaName: 'X', sites: [s('energy', 'in-progress')] })).toBe('X has 1 pilot site in energy. 1 is in progress.');
});

test('when every site has the same status, it says so', () => {
  expect(describeAreaSites({ language: 'sv', areaName: 'X', sites: [s('energy', 'completed'), s('housing', 'completed')] })).toBe(
    'I X finns 2 pilotplatser inom energi och bostäder. Alla är klara.',
  );
  expect(describeAreaSites({ language: 'en', areaName: 'X', sites: [s('energy', 'planned'), s('energy', 'planned')] })).toBe(
    'X has 2 pilot sites in energy. All of them are planned.',
  );
});

test('no sites', () => {
  expect(describeAreaSites({ language: 'sv', areaName: 'X', sites: [] })).toBe('Det finns inga pilotplatser i X ännu.');
  expect(describeAreaSites({ language: 'en', areaName: 'X', sites: [] })).toBe('There are no pilot sites in X yet.');
});

test('large counts are formatted for the language', () => {
  const many = Array.from({ length: 1200 }, () => s('energy', 'completed'));
  expect(describeAreaSites({ language: 'sv', areaName: 'X', sites: many })).toBe('I X finns 1\u00a0200 pilotplatser inom energi. Alla är klara.');
});
