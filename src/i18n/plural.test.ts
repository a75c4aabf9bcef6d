import { expect, test } from 'vitest';
import { formatPlural } from './plural';

const sites = { one: (count: string) => `${count} plats`, other: (count: string) => `${count} platser` };

test('the plural form comes from Intl.PluralRules and the count is formatted for the language', () => {
  expect(formatPlural(sites, 1, 'sv')).toBe('1 plats');
  expect(formatPlural(sites, 0, 'sv')).toBe('0 platser');
  expect(formatPlural(sites, 1200, 'sv')).toBe('1\u00a0200 platser');
  expect(formatPlural({ one: (count) => `${count} site`, other: (count) => `${count} sites` }, 2, 'en')).toBe('2 sites');
});
