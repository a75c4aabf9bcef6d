import { createContext, useContext } from 'react';
import type { Language } from '../lib/api/schemas';

export type { Language };
export const LANGUAGES: ReadonlyArray<Language> = ['sv', 'en'];

/** BCP 47 locale used by Intl for each UI language. */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export const LanguageContext = createContext<Language>('sv');

/** The active UI language (from the URL; see src/app/router.tsx). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
