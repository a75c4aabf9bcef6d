import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../mocks/fixtures/dataset';
import { areasDocumentSchema, sitesDocumentSchema, type SiteFeature } from '../../contract/schemas';
import { ALL_FILTERS, filterSites, foldForSearch, groupSitesByArea, isShowingAll, matchesFilters, searchWords, toggleValue } from './filters';

const fixture = createDatasetFixture();
const sites = sitesDocumentSchema.parse(fixture.sites).features;
const areas = areasDocumentSchema.parse(fixture.areas).features;
const ids = (list: ReadonlyArray<SiteFeature>) => list.map((site) => site.id);

function named(id: string, areaId: string, sv: string): SiteFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [18, 59] },
    properties: { name: { sv, en: sv }, areaId, domain: 'energy', kind: 'x', status: 'completed' },
  };
}

test('with every domain and status selected, every site passes, in the original order', () => {
  expect(ids(filterSites(sites, ALL_FILTERS))).toEqual(['alpha-block-1', 'alpha-solar', 'beta-charging', 'beta-homes']);
  expect(isShowingAll(ALL_FILTERS)).toBe(true);
});

test('a domain filter keeps only that domain', () => {
  const filters = { ...ALL_FILTERS, domains: new Set(['mobility'] as const) };
  expect(ids(filterSites(sites, filters))).toEqual(['beta-charging']);
  expect(isShowingAll(filters)).toBe(false);
});

test('domain and status filters combine: a site must pass both', () => {
  const filters = { ...ALL_FILTERS, domains: new Set(['energy'] as const), statuses: new Set(['in-progress'] as const) };
  expect(ids(filterSites(sites, filters))).toEqual(['alpha-solar']);
});

test('no domain selected shows no site', () => {
  expect(filterSites(sites, { ...ALL_FILTERS, domains: new Set() })).toEqual([]);
});

test('a district restricts the sites to that district', () => {
  expect(ids(filterSites(sites, ALL_FILTERS, 'beta'))).toEqual(['beta-charging', 'beta-homes']);
});

test('matchesFilters looks at domain and status', () => {
  const [first] = sites;
  if (!first) throw new Error('no site');
  expect(matchesFilters(first, ALL_FILTERS)).toBe(true);
  expect(matchesFilters(first, { ...ALL_FILTERS, statuses: new Set(['planned'] as const) })).toBe(false);
});

test('toggling adds a missing value and removes a present one, without changing the set passed in', () => {
  const set = new Set(['a', 'b']);
  expect([...toggleValue(set, 'b')]).toEqual(['a']);
  expect([...toggleValue(set, 'c')]).toEqual(['a', 'b', 'c']);
  expect([...set]).toEqual(['a', 'b']);
});

test('sites are grouped by district in the order of the areas, and districts with no site are left out', () => {
  const groups = groupSitesByArea(filterSites(sites, ALL_FILTERS, 'beta'), areas, 'sv');
  expect(groups.map((group) => group.area.id)).toEqual(['beta']);
  expect(groupSitesByArea(sites, areas, 'sv').map((group) => group.area.id)).toEqual(['alpha', 'beta']);
});

test('within a district, sites are sorted by name in the language’s alphabet (Swedish å ä ö after z)', () => {
  const list = [
    named('s1', 'alpha', 'Östra'),
    named('s2', 'alpha', 'Ängen'),
    named('s3', 'alpha', 'Zeta'),
    named('s4', 'alpha', 'Åsen'),
    named('s5', 'alpha', 'Alfa'),
  ];
  const [group] = groupSitesByArea(list, areas, 'sv');
  expect(group?.sites.map((site) => site.properties.name.sv)).toEqual(['Alfa', 'Zeta', 'Åsen', 'Ängen', 'Östra']);
});

test('names with numbers sort as numbers (hus 2 before hus 10)', () => {
  const list = [named('a', 'alpha', 'Hus 10'), named('b', 'alpha', 'Hus 2')];
  expect(groupSitesByArea(list, areas, 'en')[0]?.sites.map((site) => site.id)).toEqual(['b', 'a']);
});

test('the search finds words in the name or summary, in either language, ignoring case and accents', () => {
  const search = (query: string) => ids(filterSites(sites, { ...ALL_FILTERS, query }));
  expect(search('kvarteret')).toEqual(['alpha-block-1']);
  expect(search('ROOF')).toEqual(['alpha-solar']);
  expect(search('fönster')).toEqual(['alpha-block-1']);
  expect(search('fonster')).toEqual(['alpha-block-1']);
  expect(search('  ')).toEqual(ids(sites));
  expect(search('nothing-like-this')).toEqual([]);
  expect(isShowingAll({ ...ALL_FILTERS, query: 'x' })).toBe(false);
  expect(isShowingAll({ ...ALL_FILTERS, query: '   ' })).toBe(true);
});

test('every word of the search must match, and the search combines with domain and status', () => {
  const search = (query: string, domain?: 'energy' | 'mobility') =>
    ids(filterSites(sites, { ...ALL_FILTERS, query, ...(domain ? { domains: new Set([domain]) } : {}) }));
  expect(search('solar roof')).toEqual(['alpha-solar']);
  expect(search('solar garage')).toEqual([]);
  expect(search('garage', 'energy')).toEqual([]);
  expect(search('garage', 'mobility')).toEqual(['beta-charging']);
});

test('folding for search removes accents and case; words split on any white space', () => {
  expect(foldForSearch('Årsta Ängen ÖSTRA')).toBe('arsta angen ostra');
  expect(searchWords('  Valla\ttorg  ')).toEqual(['valla', 'torg']);
  expect(searchWords('')).toEqual([]);
});
