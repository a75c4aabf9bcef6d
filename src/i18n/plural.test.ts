import { expect, test } from 'vitest';
import { formatList, formatPlural, pluralCategory } from './plural';

const sites = { one: (count: string) => `${count} plats`, other: (count: string) => `${count} platser` };

test('the plural form follows the rule of the language and the count is formatted for it', () => {
  expect(formatPlural(sites, 1, 'sv')).toBe('1 plats');
  expect(formatPlural(sites, 0, 'sv')).toBe('0 platser');
  expect(formatPlural(sites, 1200, 'sv')).toBe('1\u00a0200 platser');
  expect(formatPlural({ one: (count) => `${count} site`, other: (count) => `${count} sites` }, 2, 'en')).toBe('2 sites');
});

test('the plural rule and the list joining agree with Intl for Swedish and English', () => {
  const counts = [-2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 11, 21, 101, 1000, 1e6];
  for (const [language, locale] of [
    ['sv', 'sv-SE'],
    ['en', 'en-GB'],
  ] as const) {
    const rules = new Intl.PluralRules(locale);
    for (const count of counts) expect(pluralCategory(count), `${locale} ${count}`).toBe(rules.select(count));
    const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
    for (const items of [[], ['Årsta'], ['Årsta', 'Norra Djurgårdsstaden'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']])
      expect(formatList(items, language)).toBe(lists.format(items));
  }
});
