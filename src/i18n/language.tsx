import { createContext, useContext } from 'react';
import type { Language } from '../contract/schemas';

export type { Language };

export const LanguageContext = createContext<Language>('sv');

/** The active UI language (from the URL; see src/app/router.tsx). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
