/**
 * Routes. Each page is a lazy route module (`routes/*.tsx` exporting `Component`), so maplibre
 * and recharts load only on the pages that draw maps and charts. The page tree is mounted three
 * times: unprefixed (the deployment's default language), under /sv and under /en.
 */
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import type { Language } from '../i18n/language';
import { Loading } from '../components/loading';
import { Layout } from './layout';
import { LanguageRoot } from './language-root';
import { RouteError } from './route-error';

function pageRoutes(): RouteObject[] {
  const page = (path: string | undefined, load: RouteObject['lazy']): RouteObject => ({
    ...(path === undefined ? { index: true } : { path }),
    lazy: load,
    errorElement: <RouteError />,
    // Shown inside the layout while the first page's lazy module loads. Without it React Router
    // warns "No HydrateFallback element provided" on every first load, and the browser tests
    // fail on console warnings.
    hydrateFallbackElement: <Loading />,
  });
  return [
    page(undefined, () => import('./routes/start')),
    page('summary', () => import('./routes/summary')),
    page('indicators', () => import('./routes/indicators')),
    page('indicators/:indicatorId', () => import('./routes/indicator')),
    page('map', () => import('./routes/map')),
    page('areas/:areaId', () => import('./routes/area')),
    page('about', () => import('./routes/about')),
    page('changes', () => import('./routes/changes')),
    page('*', () => import('./routes/not-found')),
  ];
}

function languageTree(path: string, language: Language | undefined): RouteObject[] {
  return [
    {
      path,
      element: <LanguageRoot language={language} />,
      errorElement: <RouteError />,
      children: [
        // The embed route renders only the chart: no header, navigation or footer.
        {
          path: 'embed/indicators/:indicatorId',
          lazy: () => import('./routes/embed-indicator'),
          errorElement: <RouteError />,
          hydrateFallbackElement: <Loading />,
        },
        { element: <Layout />, errorElement: <RouteError />, children: pageRoutes() },
      ],
    },
  ];
}

export function createRoutes(): RouteObject[] {
  return [...languageTree('/', undefined), ...languageTree('/sv', 'sv'), ...languageTree('/en', 'en')];
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
