/**
 * Plurals through `Intl.PluralRules`, not by comparing formatted strings or choosing messages at
 * the call site. A plural message has one form per plural category the language uses (Swedish
 * and English: `one` and `other`); each form receives the formatted count.
 */
import { formatNumber } from './format';
import { LOCALES, type Language } from './language';
import type { PluralMessage } from './messages';

const rules = new Map<Language, Intl.PluralRules>();

/** `decimals`: the count is shown (and its plural chosen) as rounded to that many decimals. */
export function formatPlural(message: PluralMessage, count: number, language: Language, decimals?: number): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(LOCALES[language]);
    rules.set(language, rule);
  }
  const shown = decimals === undefined ? count : Number(count.toFixed(decimals));
  const form = rule.select(shown) === 'one' ? message.one : message.other;
  return form(formatNumber(count, language, decimals));
}
