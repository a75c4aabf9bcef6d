/**
 * The active language's catalogue. Catalogues are declared with `defineMessages` (src/core/messages.ts,
 * pure so the data build can use the same words).
 */
import type { MessageCatalogue } from '../core/messages';
import { useLanguage, type Language } from './language';

/** The catalogue for the active language. */
export function useMessages<T extends MessageCatalogue>(catalogues: Record<Language, T>): T {
  return catalogues[useLanguage()];
}
