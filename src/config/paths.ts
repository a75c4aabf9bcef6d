/**
 * The app's routes in one typed table, and the rule for the language prefix:
 * the deployment's default language has unprefixed paths (`/summary`); the other language is
 * prefixed (`/en/summary`). `/sv/…` and `/en/…` always work, so a shared link keeps its language.
 */
import type { Language } from '../contract/schemas';

export const paths = {
  start: () => '/',
  summary: () => '/summary',
  indicators: () => '/indicators',
  indicator: (indicatorId: string) => `/indicators/${encodeURIComponent(indicatorId)}`,
  embedIndicator: (indicatorId: string) => `/embed/indicators/${encodeURIComponent(indicatorId)}`,
  map: () => '/map',
  area: (areaId: string) => `/areas/${encodeURIComponent(areaId)}`,
  about: () => '/about',
  changes: () => '/changes',
} as const;

export function languagePrefix(language: Language, defaultLanguage: Language): string {
  return language === defaultLanguage ? '' : `/${language}`;
}

/** Adds the language prefix to an app path (which starts with `/`). */
export function localizePath(path: string, language: Language, defaultLanguage: Language): string {
  const prefix = languagePrefix(language, defaultLanguage);
  if (prefix === '') return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** Splits `/en/summary` into `{ language: 'en', path: '/summary' }`; unprefixed paths have no language. */
export function splitLanguage(pathname: string): { language: Language | undefined; path: string } {
  const match = /^\/(sv|en)(\/.*)?$/.exec(pathname);
  if (!match) return { language: undefined, path: pathname };
  return { language: match[1] as Language, path: match[2] ?? '/' };
}
