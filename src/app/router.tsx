/**
 * Routes. Each page is a lazy route module (`routes/*.tsx` exporting `Component`), so maplibre
 * and recharts load only on the pages that draw maps and charts. The page tree is mounted three
 * times: unprefixed (the deployment's default language), under /sv and under /en.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
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

export function createAppRouter() {
  return createBrowserRouter(createRoutes(), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
