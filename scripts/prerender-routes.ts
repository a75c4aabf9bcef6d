/**
 * The route list of the prerender (scripts/prerender.ts): which pages exist for a dataset, from
 * the app's one route table (src/core/paths.ts), and what each page's route module needs from
 * Vite's manifest at once (stylesheets, chunks).
 */
import { APP_ROUTES, PATH_LANGUAGES, routePath, type RouteParameter } from '../src/core/paths';
import type { Language } from '../src/contract/schemas';
import { staticClosure, type Manifest } from './vite-manifest';

export interface PrerenderRoute {
  /** The URL path, e.g. "/en/indicators/heat-use". */
  path: string;
  /** The route module's source file (a key of Vite's manifest), for its stylesheets. */
  module: string;
  language: Language | undefined;
}

/** Every page of the dataset in every language form, from the route table. */
export function listRoutes(indicatorIds: string[], areaIds: string[]): PrerenderRoute[] {
  const values: Record<RouteParameter, string[]> = { indicator: indicatorIds, area: areaIds };
  const prefixes: Array<['' | `/${Language}`, Language | undefined]> = [
    ['', undefined],
    ...PATH_LANGUAGES.map((language): [`/${Language}`, Language] => [`/${language}`, language]),
  ];
  const routes: PrerenderRoute[] = [];
  for (const [prefix, language] of prefixes) {
    for (const route of APP_ROUTES) {
      const module = `src/app/routes/${route.module}.tsx`;
      const pagePaths = 'each' in route ? values[route.each].map((value) => routePath(route, value)) : [routePath(route)];
      for (const path of pagePaths) routes.push({ path: `${prefix}${path === '/' ? '' : path}` || '/', module, language });
    }
  }
  return routes;
}

/** The stylesheets a route module needs at once: its own and those of everything it imports statically. */
export function routeStylesheets(manifest: Manifest, module: string): string[] {
  const found = new Set([...staticClosure(manifest, [module])].flatMap((key) => manifest[key]?.css ?? []));
  for (const css of manifest['index.html']?.css ?? []) found.delete(css);
  return [...found];
}

/** A lazy module's file and the files it imports that the entry does not already bring (to request them with the entry). */
export function lazyModuleFiles(manifest: Manifest, module: string): string[] {
  const entry = staticClosure(manifest, ['index.html']);
  return [...staticClosure(manifest, [module])].filter((key) => !entry.has(key)).flatMap((key) => (manifest[key] ? [manifest[key].file] : []));
}
