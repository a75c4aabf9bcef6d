/**
 * Routes, from the route table (src/core/paths.ts). Each page is a lazy route module
 * (`routes/*.tsx` exporting `Component`), so maplibre and recharts load only on the pages that
 * draw maps and charts. The page tree is mounted three times: unprefixed (the deployment's
 * default language), under /sv and under /en.
 */
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import type { Language } from '../i18n/language';
import { APP_ROUTES, PATH_LANGUAGES, type RouteModule } from '../core/paths';
import { Loading } from '../components/loading';
import { Layout } from './layout';
import { LanguageRoot } from './language-root';
import { RouteError } from './route-error';

/** Each route module's loader; a `Record` over the route table, so a page without one does not compile. */
const LOADERS: Record<RouteModule, NonNullable<RouteObject['lazy']>> = {
  start: () => import('./routes/start'),
  summary: () => import('./routes/summary'),
  indicators: () => import('./routes/indicators'),
  indicator: () => import('./routes/indicator'),
  map: () => import('./routes/map'),
  area: () => import('./routes/area'),
  about: () => import('./routes/about'),
  changes: () => import('./routes/changes'),
  'embed-indicator': () => import('./routes/embed-indicator'),
};

function page(path: string, load: RouteObject['lazy']): RouteObject {
  return {
    ...(path === '' ? { index: true } : { path }),
    lazy: load,
    errorElement: <RouteError />,
    // Shown inside the layout while the first page's lazy module loads. Without it React Router
    // warns "No HydrateFallback element provided" on every first load, and the browser tests
    // fail on console warnings.
    hydrateFallbackElement: <Loading />,
  };
}

function languageTree(path: string, language: Language | undefined): RouteObject[] {
  const inLayout = APP_ROUTES.filter((route) => route.layout).map((route) => page(route.path, LOADERS[route.module]));
  return [
    {
      path,
      element: <LanguageRoot language={language} />,
      errorElement: <RouteError />,
      children: [
        // Bare routes (the embed) render only their page: no header, navigation or footer.
        ...APP_ROUTES.filter((route) => !route.layout).map((route) => page(route.path, LOADERS[route.module])),
        { element: <Layout />, errorElement: <RouteError />, children: [...inLayout, page('*', () => import('./routes/not-found'))] },
      ],
    },
  ];
}

export function createRoutes(): RouteObject[] {
  return [...languageTree('/', undefined), ...PATH_LANGUAGES.flatMap((language) => languageTree(`/${language}`, language))];
}

export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/**
 * Loads the lazy route modules the given path matches and puts them on the route objects. A
 * prerendered page is hydrated only after this: the first render must produce the same markup
 * as the server's, so it cannot wait for a route module.
 */
export async function resolveLazyRoutes(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, ROUTER_BASENAME) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = await route.lazy();
      Object.assign(route, module, { lazy: undefined });
    }),
  );
}

export function createAppRouter(routes: RouteObject[] = createRoutes()) {
  return createBrowserRouter(routes, { basename: ROUTER_BASENAME });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
