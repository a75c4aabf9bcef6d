import type { LocalizedText } from '../contract/schemas';
import type { Language } from '../contract/schemas';

/** Picks the text in the active language, falling back to the other one; never blank. */
export function pickText(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  const other: Language = language === 'sv' ? 'en' : 'sv';
  return text[language] ?? text[other] ?? '';
}

/** True when the text had to fall back to the other language (the UI marks it with `lang`). */
export function textLanguage(text: LocalizedText | undefined, language: Language): Language {
  if (!text || text[language] !== undefined) return language;
  return language === 'sv' ? 'en' : 'sv';
}
