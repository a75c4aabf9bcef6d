/**
 * Plurals by the language's CLDR rule, not by comparing formatted strings or choosing messages at
 * the call site. A plural message has one form per plural category the language uses (Swedish
 * and English: `one` and `other`); each form receives the formatted count.
 *
 * The rule is written out rather than asked of `Intl.PluralRules`: for Swedish and English
 * cardinals it is "one" for exactly ±1 with no visible decimals, and creating the first
 * PluralRules (or ListFormat) loads locale data, about 45 ms at 4× CPU on every page.
 * The unit tests compare both with Intl.
 */
import { formatNumber } from '../core/format';
import type { Language } from './language';
import type { PluralMessage } from '../core/messages';

/** The CLDR cardinal category for sv and en. `count` is the number as shown (already rounded). */
export function pluralCategory(count: number): 'one' | 'other' {
  return Math.abs(count) === 1 ? 'one' : 'other';
}

/** `decimals`: the count is shown (and its plural chosen) as rounded to that many decimals. */
export function formatPlural(message: PluralMessage, count: number, language: Language, decimals?: number): string {
  const shown = decimals === undefined ? count : Number(count.toFixed(decimals));
  const form = pluralCategory(shown) === 'one' ? message.one : message.other;
  return form(formatNumber(count, language, decimals));
}

const AND: Record<Language, string> = { sv: 'och', en: 'and' };

/** "A", "A och B", "A, B och C": CLDR's conjunction list for sv-SE and en-GB (no serial comma in either). */
export function formatList(items: ReadonlyArray<string>, language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[language]} ${items.at(-1) ?? ''}`;
}
