import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigError } from './app/config-error';
import { PRERENDER_STATE_ID, readPrerenderState, rebaseQueries } from './app/prerender/prerender-state';
import { createAppRouter, createRoutes, resolveLazyRoutes } from './app/router';
import { configUrl, loadConfig, parseConfig, buildDefaults } from './config/load-config';
import { createQueryClient } from './lib/query-client';
import type { AppConfig } from './lib/api/schemas';
import type { QueryClient } from '@tanstack/react-query';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

/**
 * A prerendered page (scripts/prerender.ts) carries the data it was drawn with. When it was
 * read from the same data base, those documents seed the cache, so the first render in the
 * browser draws the finished page at once instead of "Laddar…" over the prerendered one.
 */
function seedFromPrerender(queryClient: QueryClient, config: AppConfig) {
  const state = readPrerenderState(document);
  if (!state) return;
  let prerenderConfig: AppConfig;
  try {
    prerenderConfig = parseConfig(state.configJson, configUrl(), buildDefaults());
  } catch {
    return;
  }
  if (prerenderConfig.dataBaseUrl !== config.dataBaseUrl) return;
  // Dated when the page's own request started: the page and its documents left the server together.
  const receivedAt = performance.timeOrigin + (performance.getEntriesByType('navigation')[0]?.startTime ?? 0);
  hydrate(queryClient, rebaseQueries(state.queries, state.dataBaseUrl, config.dataBaseUrl, Math.round(receivedAt)));
}

/** Once the app has drawn its first page, the prerendered state is spent: its removal tells that the page is live. */
function PrerenderSpent() {
  useEffect(() => {
    document.getElementById(PRERENDER_STATE_ID)?.remove();
  }, []);
  return null;
}

async function start(config: AppConfig) {
  const queryClient = createQueryClient();
  seedFromPrerender(queryClient, config);
  // The page's route module is loaded before the first render, so the router draws the page
  // itself rather than its loading fallback over the prerendered markup.
  const routes = createRoutes();
  await resolveLazyRoutes(routes, window.location.pathname).catch(() => undefined);
  const router = createAppRouter(routes);
  // A transition lets React render the page in slices of a few milliseconds instead of one long
  // task, so the main thread stays free for input while it renders (issue 12). The prerendered
  // markup stays on screen until the render commits, then is replaced in one step.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App config={config} queryClient={queryClient} router={router} />
        <PrerenderSpent />
      </StrictMode>,
    );
  });
}

loadConfig().then(start, (error: unknown) => {
  root.render(
    <>
      <ConfigError error={error} />
      <PrerenderSpent />
    </>,
  );
});

// Offline support and the update prompt start once the page has loaded, off the critical path.
const statusContainer = document.getElementById('app-status');
if (import.meta.env.PROD && statusContainer && 'serviceWorker' in navigator) {
  const startPwa = () => void import('./app/pwa/register').then((module) => module.startPwa(statusContainer));
  if (document.readyState === 'complete') startPwa();
  else window.addEventListener('load', startPwa, { once: true });
}
