/**
 * The prerenderer's entry: renders one route of the app to HTML with the data it
 * reads, in Node, at build time. scripts/prerender.ts builds this file with `vite build --ssr`
 * and writes one HTML file per route; src/main.tsx hydrates them.
 *
 * The page's data is found by rendering: each render registers the queries the page uses;
 * those still pending are fetched, and the page is rendered again until nothing new is asked
 * for. Only the public data base is read: internal documents are never prerendered.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { AppProviders } from './app/app';
import type { PrerenderState } from './app/prerender/prerender-state';
import { ROUTER_BASENAME, createRoutes } from './app/router';
import { buildDefaults, parseConfig } from './config/load-config';
import { PHONE_QUERY, ServerMediaContext } from './lib/media/use-media-query';
import { countPartsDrawn, pendingPartLoads, takePartsDrawnWithoutCode } from './lib/dom/hydrate-later';
import type { AppConfig } from './contract/schemas';
import { createQueryClient } from './lib/query-client';

/** For the prerenderer's stylesheet, which shows a page's phone markup where this query matches. */
export { PHONE_QUERY };

export { serializePrerenderState, PRERENDER_STATE_ID } from './app/prerender/prerender-state';

/** The origin the prerenderer pretends to serve from; scripts/prerender.ts answers its fetches from `dist/`. */
export const PRERENDER_ORIGIN = 'http://prerender.invalid';

const MAX_PASSES = 5;

export interface PrerenderedPage {
  /** The markup for `#root`. */
  html: string;
  /** The state for the browser: the documents that loaded. */
  state: PrerenderState;
  /** The page's markup on a phone, when it differs (a layout chosen by the phone media query). */
  phoneHtml?: string;
  /** Why the page should not be written, when it should not (not found, or a document never arrived). */
  problem?: string;
}

export function prerenderConfig(configJson: unknown): AppConfig {
  return parseConfig(configJson, `${PRERENDER_ORIGIN}${import.meta.env.BASE_URL}config.json`, buildDefaults());
}

export async function prerenderPage(path: string, configJson: unknown, renderedAt: Date = new Date()): Promise<PrerenderedPage> {
  const config = prerenderConfig(configJson);
  const queryClient = createQueryClient({ retry: false });
  const handler = createStaticHandler(createRoutes(), { basename: ROUTER_BASENAME });
  const context = await handler.query(new Request(`${PRERENDER_ORIGIN}${path}`));
  if (context instanceof Response) throw new Error(`${path}: the router answered with a redirect (${context.status})`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const render = (phone = false) =>
    renderToString(
      <StrictMode>
        <ServerMediaContext.Provider value={(query) => phone && query === PHONE_QUERY}>
          <AppProviders config={config} queryClient={queryClient}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </AppProviders>
        </ServerMediaContext.Provider>
      </StrictMode>,
    );
  const isPublicDocument = (key: readonly unknown[]) => key[0] === 'data' && key[1] === config.dataBaseUrl;
  // The parts hydrated later are counted per render (src/lib/dom/hydrate-later.tsx): the browser
  // knows the page is live once as many have hydrated as the markup it took over holds.
  countPartsDrawn();
  let html = render();
  let wideParts = countPartsDrawn();
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const waiting = queryClient
      .getQueryCache()
      .findAll({ predicate: (query) => query.state.status === 'pending' && query.state.fetchStatus === 'idle' && isPublicDocument(query.queryKey) });
    // Parts hydrated later (src/lib/dom/hydrate-later.tsx) load their code on the first render
    // that reaches them; the page is rendered again once it is there, so the HTML holds them.
    const partsMissing = takePartsDrawnWithoutCode();
    if (waiting.length === 0 && !partsMissing) break;
    await Promise.all([...waiting.map((query) => query.fetch().catch(() => undefined)), ...pendingPartLoads().map((part) => part.catch(() => undefined))]);
    html = render();
    wideParts = countPartsDrawn();
  }
  const queries = queryClient.getQueryCache().findAll({ predicate: (query) => isPublicDocument(query.queryKey) });
  // A document that failed is drawn as the browser draws it (an optional build report's 404 is
  // "no report"); one still pending after the last pass would leave "Laddar…" in the page.
  const waiting = queries.filter((query) => query.state.status === 'pending');
  // The phone's markup, when it differs, goes into the page beside the wide-screen one; the
  // stylesheet shows the one that fits, and the browser hydrates that one.
  const phoneHtml = render(true);
  const phoneParts = countPartsDrawn();
  const sameOnPhones = phoneHtml === html;
  const state: PrerenderState = {
    path,
    sameOnPhones,
    configJson,
    dataBaseUrl: config.dataBaseUrl,
    renderedAt: renderedAt.toISOString(),
    laterParts: { wide: wideParts, phone: sameOnPhones ? wideParts : phoneParts },
    queries: dehydrate(queryClient, { shouldDehydrateQuery: (query) => query.state.status === 'success' && isPublicDocument(query.queryKey) }),
  };
  return {
    // Addresses resolved against the stand-in origin become root-relative: right on any host.
    html: html.replaceAll(PRERENDER_ORIGIN, ''),
    ...(sameOnPhones ? {} : { phoneHtml: phoneHtml.replaceAll(PRERENDER_ORIGIN, '') }),
    state,
    ...(context.statusCode !== 200 ? { problem: `the router answered ${context.statusCode}` } : {}),
    ...(waiting.length > 0 ? { problem: `${waiting.map((query) => String(query.queryKey[2])).join(', ')} still loading after ${MAX_PASSES} passes` } : {}),
    // A view still showing its loading skeleton (one waiting on a document that failed) is left to the browser.
    ...(html.includes('class="skeleton"') ? { problem: 'a view is still loading' } : {}),
    // A Suspense boundary left to the browser (React's marker): a part missing from the HTML.
    ...(html.includes('<!--$!-->') ? { problem: 'a part of the page was left to the browser' } : {}),
  };
}
