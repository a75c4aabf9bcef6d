/**
 * Plurals through `Intl.PluralRules`, not by comparing formatted strings or choosing messages at
 * the call site. A plural message has one form per plural category the language uses (Swedish
 * and English: `one` and `other`); each form receives the formatted count.
 */
import { formatNumber } from './format';
import { LOCALES, type Language } from './language';
import type { PluralMessage } from './messages';

const rules = new Map<Language, Intl.PluralRules>();

export function formatPlural(message: PluralMessage, count: number, language: Language): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(LOCALES[language]);
    rules.set(language, rule);
  }
  const form = rule.select(count) === 'one' ? message.one : message.other;
  return form(formatNumber(count, language));
}
