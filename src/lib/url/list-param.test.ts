import { expect, test } from 'vitest';
import { parseList, writeList } from './list-param';

test('a list is read from commas and, for old links, from repeated keys', () => {
  expect(parseList(new URLSearchParams('domain=energy,housing'), 'domain')).toEqual(['energy', 'housing']);
  expect(parseList(new URLSearchParams('domain=energy&domain=housing'), 'domain')).toEqual(['energy', 'housing']);
  expect(parseList(new URLSearchParams('domain='), 'domain')).toEqual([]);
  expect(parseList(new URLSearchParams('status=planned'), 'domain')).toBeUndefined();
});

test('a list is written as one comma-separated value in the key’s place', () => {
  const params = new URLSearchParams('domain=energy&domain=water&site=a');
  writeList(params, 'domain', ['energy', 'housing']);
  expect(params.toString()).toBe('site=a&domain=energy%2Chousing');
  const inPlace = new URLSearchParams('series=alpha&view=table');
  writeList(inPlace, 'series', ['alpha', 'beta']);
  expect(inPlace.toString()).toBe('series=alpha%2Cbeta&view=table');
  writeList(inPlace, 'series', undefined);
  expect(inPlace.toString()).toBe('view=table');
});
