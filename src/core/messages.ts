/**
 * Typed message catalogues. Each feature declares its own `defineMessages({ sv, en })`; the type
 * of `en` must equal the type of `sv`, so a missing English string is a compile error.
 * Values are strings or functions that take already formatted values (numbers are formatted with
 * the helpers in ./format.ts before they reach a message). Pure, so the data build writes the
 * same words as the app (the Atom feed); the app reads a catalogue with `useMessages`
 * (src/i18n/messages.ts).
 */
import type { Language } from '../contract/schemas';

/** One form per plural category Swedish and English use; chosen by `formatPlural` (src/i18n/plural.ts). */
export interface PluralMessage {
  one: (count: string) => string;
  other: (count: string) => string;
}

export type MessageValue = string | ((...args: never[]) => string) | PluralMessage;
export type MessageCatalogue = Record<string, MessageValue>;

export function defineMessages<const T extends MessageCatalogue>(catalogues: {
  sv: T;
  en: { [K in keyof T]: T[K] extends string ? string : T[K] };
}): Record<Language, T> {
  return catalogues as Record<Language, T>;
}
