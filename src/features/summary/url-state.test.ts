import { expect, test } from 'vitest';
import { DEFAULT_SUMMARY_STATE, parseSummaryState, writeSummaryState, shareUrl, summarySearch, type SummaryState } from './url-state';

const parse = (query: string) => parseSummaryState(new URLSearchParams(query));

test('an empty query gives the defaults: every topic, values as published', () => {
  expect(parse('')).toEqual({ compare: 'absolute', domain: undefined });
  expect(DEFAULT_SUMMARY_STATE).toEqual({ compare: 'absolute', domain: undefined });
});

test('the comparison mode and the topic are read from the query', () => {
  expect(parse('compare=per-resident&domain=energy')).toEqual({ compare: 'per-resident', domain: 'energy' });
  expect(parse('domain=housing&compare=per-m2')).toEqual({ compare: 'per-m2', domain: 'housing' });
  expect(parse('domain=mobility')).toEqual({ compare: 'absolute', domain: 'mobility' });
});

test('unknown or malformed values fall back to the defaults, one by one', () => {
  expect(parse('compare=per-car&domain=energy')).toEqual({ compare: 'absolute', domain: 'energy' });
  expect(parse('compare=per-resident&domain=Energy')).toEqual({ compare: 'per-resident', domain: undefined });
  expect(parse('compare=&domain=')).toEqual({ compare: 'absolute', domain: undefined });
});

test('the order and the behind-only filter are read and written, and anything else is ignored', () => {
  expect(parse('order=behind-first&show=behind')).toEqual({ compare: 'absolute', domain: undefined, order: 'behind-first', show: 'behind' });
  expect(parse('order=worst&show=all')).toEqual({ compare: 'absolute', domain: undefined });
  expect(writeSummaryState({ compare: 'per-m2', domain: 'energy', order: 'behind-first', show: 'behind' }).toString()).toBe(
    'compare=per-m2&domain=energy&order=behind-first&show=behind',
  );
});

test('defaults are left out of the URL, and the order is always the same', () => {
  expect(writeSummaryState(DEFAULT_SUMMARY_STATE).toString()).toBe('');
  expect(writeSummaryState({ compare: 'per-m2', domain: undefined }).toString()).toBe('compare=per-m2');
  expect(writeSummaryState({ compare: 'absolute', domain: 'housing' }).toString()).toBe('domain=housing');
  expect(writeSummaryState({ domain: 'energy', compare: 'per-resident' }).toString()).toBe('compare=per-resident&domain=energy');
  expect(summarySearch(DEFAULT_SUMMARY_STATE)).toBe('');
  expect(summarySearch({ compare: 'per-resident', domain: 'energy' })).toBe('?compare=per-resident&domain=energy');
});

test('every state survives a round trip through the URL', () => {
  const states: SummaryState[] = [];
  for (const compare of ['absolute', 'per-resident', 'per-m2'] as const) {
    for (const domain of [undefined, 'energy', 'mobility', 'housing'] as const) states.push({ compare, domain });
  }
  for (const state of states) expect(parseSummaryState(writeSummaryState(state))).toEqual(state);
});

test('the share link always carries the language prefix, the base path and the choices', () => {
  const state: SummaryState = { compare: 'per-resident', domain: 'energy' };
  expect(shareUrl({ origin: 'https://monitor.example', basePath: '/', language: 'sv', summaryPath: '/summary', state })).toBe(
    'https://monitor.example/sv/summary?compare=per-resident&domain=energy',
  );
  expect(
    shareUrl({ origin: 'https://city.example', basePath: '/dashboards/grow/', language: 'en', summaryPath: '/summary', state: DEFAULT_SUMMARY_STATE }),
  ).toBe('https://city.example/dashboards/grow/en/summary');
});
