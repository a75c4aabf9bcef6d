import { expect, test } from 'vitest';
import { ALL_FILTERS } from './filters';
import { MAX_QUERY_LENGTH, parseMapUrlState, parseView, roundView, sameView, writeMapUrlState } from './url-state';

const parse = (query: string) => parseMapUrlState(new URLSearchParams(query));

test('an empty query means the default view, every domain and status, and no selection', () => {
  const state = parse('');
  expect(state.view).toBeUndefined();
  expect([...state.filters.domains]).toEqual(['energy', 'mobility', 'housing']);
  expect([...state.filters.statuses]).toEqual(['completed', 'in-progress', 'planned']);
  expect(state.siteId).toBeUndefined();
});

test('the view is read from lon, lat and z', () => {
  expect(parse('lon=18.0462&lat=59.2957&z=14.5').view).toEqual({ center: [18.0462, 59.2957], zoom: 14.5 });
});

test('a view with a part missing, out of range or not a number is ignored', () => {
  expect(parse('lon=18&lat=59').view).toBeUndefined();
  expect(parse('lon=181&lat=59&z=3').view).toBeUndefined();
  expect(parse('lon=18&lat=89&z=3').view).toBeUndefined();
  expect(parse('lon=18&lat=59&z=23').view).toBeUndefined();
  expect(parse('lon=18&lat=59&z=-1').view).toBeUndefined();
  expect(parse('lon=abc&lat=59&z=3').view).toBeUndefined();
  expect(parse('lon=1e2&lat=59&z=3').view).toBeUndefined();
  expect(parseView('', '59', '3')).toBeUndefined();
});

test('repeated domain and status keys select those values only', () => {
  const state = parse('domain=energy&domain=housing&status=planned');
  expect([...state.filters.domains]).toEqual(['energy', 'housing']);
  expect([...state.filters.statuses]).toEqual(['planned']);
});

test('comma-separated values in a hand-written link work too', () => {
  expect([...parse('domain=mobility,energy').filters.domains]).toEqual(['energy', 'mobility']);
});

test('an empty domain or status key means none is shown', () => {
  const state = parse('domain=&status=');
  expect(state.filters.domains.size).toBe(0);
  expect(state.filters.statuses.size).toBe(0);
});

test('unknown words are dropped, and only unknown words fall back to everything rather than nothing', () => {
  expect([...parse('domain=energy&domain=water').filters.domains]).toEqual(['energy']);
  expect([...parse('domain=water').filters.domains]).toEqual(['energy', 'mobility', 'housing']);
});

test('the selected site must look like an id; anything else is ignored', () => {
  expect(parse('site=valla-torg-6f').siteId).toBe('valla-torg-6f');
  expect(parse('site=%3Cimg%20src%3Dx%3E').siteId).toBeUndefined();
  expect(parse('site=Valla').siteId).toBeUndefined();
  expect(parse('site=').siteId).toBeUndefined();
});

test('writing a state and reading it back gives the same state', () => {
  const state = {
    view: { center: [18.04620123, 59.29570456] as [number, number], zoom: 14.5678 },
    filters: { domains: new Set(['housing', 'energy'] as const), statuses: new Set(['completed'] as const), query: 'valla torg' },
    siteId: 'valla-torg-6f',
  };
  const written = writeMapUrlState(new URLSearchParams(), state);
  const read = parseMapUrlState(written);
  expect(read.view).toEqual(roundView(state.view));
  expect([...read.filters.domains]).toEqual(['energy', 'housing']);
  expect([...read.filters.statuses]).toEqual(['completed']);
  expect(read.filters.query).toBe('valla torg');
  expect(read.siteId).toBe('valla-torg-6f');
});

test('the URL is canonical: rounded view, values in a fixed order, readable without escapes', () => {
  const written = writeMapUrlState(new URLSearchParams(), {
    view: { center: [18.046201234, 59.295704567], zoom: 14.56789 },
    filters: { domains: new Set(['housing', 'energy'] as const), statuses: ALL_FILTERS.statuses, query: '' },
  });
  expect(written.toString()).toBe('lon=18.0462&lat=59.2957&z=14.57&domain=energy%2Chousing');
});

test('all domains and statuses are written as no parameter at all, none as an empty one', () => {
  expect(writeMapUrlState(new URLSearchParams('domain=energy'), { filters: ALL_FILTERS }).toString()).toBe('');
  expect(writeMapUrlState(new URLSearchParams(), { filters: { domains: new Set(), statuses: ALL_FILTERS.statuses, query: '' } }).toString()).toBe('domain=');
});

test('writing part of the state keeps the other parameters, including ones that are not the map’s', () => {
  const written = writeMapUrlState(new URLSearchParams('lang=x&site=a&domain=energy'), { siteId: 'b' });
  expect(written.get('lang')).toBe('x');
  expect(written.get('site')).toBe('b');
  expect(written.getAll('domain')).toEqual(['energy']);
});

test('clearing the selection or the view removes their parameters', () => {
  const written = writeMapUrlState(new URLSearchParams('site=a&lon=1&lat=2&z=3'), { siteId: undefined, view: undefined });
  expect(written.toString()).toBe('');
});

test('two views are the same when they round to the same URL', () => {
  expect(sameView({ center: [18.000001, 59.000001], zoom: 12.001 }, { center: [18.000002, 59.000002], zoom: 12.002 })).toBe(true);
  expect(sameView({ center: [18, 59], zoom: 12 }, { center: [18.001, 59], zoom: 12 })).toBe(false);
  expect(sameView(undefined, undefined)).toBe(true);
  expect(sameView({ center: [18, 59], zoom: 12 }, undefined)).toBe(false);
});

test('the search text is written as q, kept as typed, cut at 100 characters, and left out when blank', () => {
  expect(writeMapUrlState(new URLSearchParams(), { filters: { ...ALL_FILTERS, query: 'Valla torg' } }).toString()).toBe('q=Valla+torg');
  expect(writeMapUrlState(new URLSearchParams('q=x'), { filters: { ...ALL_FILTERS, query: '   ' } }).toString()).toBe('');
  expect(parse('q=' + 'a'.repeat(300)).filters.query).toHaveLength(MAX_QUERY_LENGTH);
  expect(parse('q=%3Cimg%20src%3Dx%3E').filters.query).toBe('<img src=x>');
  expect(parse('').filters.query).toBe('');
});
