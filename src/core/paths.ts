/**
 * The app's routes in one typed table, and the rule for the language prefix:
 * the deployment's default language has unprefixed paths (`/summary`); the other language is
 * prefixed (`/en/summary`). `/sv/…` and `/en/…` always work, so a shared link keeps its language.
 */
import type { Language } from '../contract/schemas';

/** The languages a path may be prefixed with (`/sv/…`, `/en/…`). */
export const PATH_LANGUAGES = ['sv', 'en'] as const satisfies readonly Language[];

/** What a parametrised page is one of: each of the dataset's public indicators, or each area. */
export type RouteParameter = 'indicator' | 'area';

export interface AppRoute {
  /** The route module, `src/app/routes/<module>.tsx`. */
  module: string;
  /** The path under the language prefix as the router writes it (`''` for the start page). */
  path: string;
  /** Whether the page is drawn inside the layout (header, navigation, footer); the embed is bare. */
  layout: boolean;
  /** A page for each of these, from the data; absent for a single page. */
  each?: RouteParameter;
}

/**
 * Every page of the app, once. The router mounts these, the prerender renders them, the service
 * worker answers only these from its app shell (any other navigation — a sign-in proxy's
 * endpoints, a data file — reaches the server), and the Lighthouse bench measures them.
 */
export const APP_ROUTES = [
  { module: 'start', path: '', layout: true },
  { module: 'summary', path: 'summary', layout: true },
  { module: 'indicators', path: 'indicators', layout: true },
  { module: 'indicator', path: 'indicators/:indicatorId', layout: true, each: 'indicator' },
  { module: 'map', path: 'map', layout: true },
  { module: 'area', path: 'areas/:areaId', layout: true, each: 'area' },
  { module: 'about', path: 'about', layout: true },
  { module: 'changes', path: 'changes', layout: true },
  { module: 'embed-indicator', path: 'embed/indicators/:indicatorId', layout: false, each: 'indicator' },
] as const satisfies readonly AppRoute[];

export type RouteModule = (typeof APP_ROUTES)[number]['module'];

/** A route's path with its parameter filled in (encoded), starting with `/`. */
export function routePath(route: AppRoute, value?: string): string {
  const filled = route.path.replace(/:[A-Za-z]+/, () => encodeURIComponent(value ?? ''));
  return `/${filled}`;
}

const route = (module: RouteModule): AppRoute => APP_ROUTES.find((entry) => entry.module === module) as AppRoute;

export const paths = {
  start: () => routePath(route('start')),
  summary: () => routePath(route('summary')),
  indicators: () => routePath(route('indicators')),
  indicator: (indicatorId: string) => routePath(route('indicator'), indicatorId),
  embedIndicator: (indicatorId: string) => routePath(route('embed-indicator'), indicatorId),
  map: () => routePath(route('map')),
  area: (areaId: string) => routePath(route('area'), areaId),
  about: () => routePath(route('about')),
  changes: () => routePath(route('changes')),
} as const;

/**
 * The addresses of the app's own pages under the deployment's base path (`/` or `/sub/path/`),
 * in every language form, with or without a trailing slash and a query, and any other address
 * under a language prefix (the app's not-found page): what the service worker may answer with
 * its app shell.
 */
export function appRoutePattern(base: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const root = base.replace(/\/+$/, '');
  const pages = APP_ROUTES.filter((entry) => entry.path !== '').map((entry) =>
    entry.path
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/?#]+' : escape(part)))
      .join('/'),
  );
  const page = `(?:${pages.join('|')})/?`;
  // Everything under a language prefix is the app's (its not-found page included); unprefixed,
  // only the pages themselves, since a proxy's paths (/sign-in, /.auth/…) live there.
  const rest = `(?:(?:${PATH_LANGUAGES.join('|')})(?:/[^?#]*)?|${page})?`;
  return new RegExp(`^${escape(root)}(?:/${rest})?(?:\\?.*)?$`);
}

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
