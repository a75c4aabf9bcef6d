import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigError } from './app/config-error';
import { PHONE_ROOT_ID, PRERENDER_STATE_ID } from './core/page-ids';
import { createAppRouter, createRoutes, resolveLazyRoutes } from './app/router';
import { loadConfig } from './config/load-config';
import type { AppConfig } from './contract/schemas';
import { expectLaterParts, partsHydrated } from './lib/dom/hydrate-later';
import { forgetPrerenderedWidths, rememberPrerenderedWidths } from './lib/dom/prerendered-widths';
import { PHONE_QUERY, ServerMediaContext } from './lib/media/use-media-query';
import { createQueryClient } from './lib/query-client';
import type { PageDocuments } from './app/pwa/warm-data-cache';
import './styles/global.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const container: HTMLElement = rootElement;

/**
 * Once the app has drawn its first page, and the parts that hydrate after it have hydrated too
 * (src/lib/dom/hydrate-later.tsx), the prerendered state is spent: its removal tells that the
 * page is live.
 */
function PrerenderSpent() {
  useEffect(() => {
    void partsHydrated().then(() => {
      document.getElementById(PRERENDER_STATE_ID)?.remove();
      forgetPrerenderedWidths();
    });
  }, []);
  return null;
}

/**
 * Lets the browser handle input and paint between the start-up steps, so they run as several
 * short tasks rather than one long one (Lighthouse counts every task over 50 ms as blocking).
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The documents a prerendered page carried, for the service worker's offline copies. Settled
 * once the page is taken over (or the app could not start): the PWA code may start before that.
 */
let settlePageDocuments: (documents: PageDocuments | undefined) => void = () => undefined;
const pageDocuments = new Promise<PageDocuments | undefined>((resolve) => {
  settlePageDocuments = resolve;
});

async function start(config: AppConfig) {
  const queryClient = createQueryClient();
  // The prerender code loads only on a prerendered page (boot.js has already requested it).
  const takeOver = document.getElementById(PRERENDER_STATE_ID)
    ? await import('./app/prerender/seed').then((module) => module.takeOverPrerendered(queryClient, config, container)).catch(dropPhoneMarkup)
    : undefined;
  settlePageDocuments(takeOver?.documents);
  const root = takeOver?.root ?? container;
  await yieldToBrowser();
  // The page's route module is loaded before the first render, so the router draws the page
  // itself rather than its loading fallback.
  const routes = createRoutes();
  await resolveLazyRoutes(routes, window.location.pathname).catch(() => undefined);
  await yieldToBrowser();
  const router = createAppRouter(routes);
  await yieldToBrowser();
  const app: ReactNode = (
    <StrictMode>
      {/* While hydrating, media queries answer as they did for the markup (the phone's, if chosen). */}
      <ServerMediaContext.Provider value={(query) => takeOver?.phone === true && query === PHONE_QUERY}>
        <App config={config} queryClient={queryClient} router={router} />
      </ServerMediaContext.Provider>
      <PrerenderSpent />
    </StrictMode>
  );
  if (takeOver?.hydrate) {
    expectLaterParts(takeOver.laterParts);
    // The prerendered markup is adopted as it is instead of being drawn anew. In a transition,
    // hydration works in slices of a few milliseconds and yields to the browser in between;
    // outside one, React hydrates the whole page in one long task.
    startTransition(() => {
      hydrateRoot(root, app);
    });
    return;
  }
  // Otherwise (no prerendered page, or one that does not fit this URL, config, day or screen) the
  // app renders over it. A transition lets React render in slices; the prerendered markup stays
  // on screen until the render commits, then is replaced in one step.
  // Widths the first views need are read from the old markup first, while its layout is clean.
  rememberPrerenderedWidths(root);
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(app));
}

/** A prerendered page's phone markup, when the page is not taken over as prerendered (the other root then shows). */
function dropPhoneMarkup(): undefined {
  document.getElementById(PHONE_ROOT_ID)?.remove();
}

loadConfig().then(start, (error: unknown) => {
  settlePageDocuments(undefined);
  dropPhoneMarkup();
  createRoot(container).render(
    <>
      <ConfigError error={error} />
      <PrerenderSpent />
    </>,
  );
});

// Offline support and the update prompt start once the page has loaded, off the critical path.
const statusContainer = document.getElementById('app-status');
if (import.meta.env.PROD && statusContainer && 'serviceWorker' in navigator) {
  const startPwa = () => void import('./app/pwa/register').then((module) => module.startPwa(statusContainer, pageDocuments));
  if (document.readyState === 'complete') startPwa();
  else window.addEventListener('load', startPwa, { once: true });
}
