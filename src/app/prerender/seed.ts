/**
 * The browser's side of a prerendered page, loaded only when the page is one (the entry chunk
 * stays as it was for the app shell): seeds the cache from the documents the page carries and
 * says whether the page may be hydrated as it stands.
 */
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { buildDefaults, configUrl, parseConfig } from '../../config/load-config';
import type { AppConfig } from '../../contract/schemas';
import { PHONE_QUERY } from '../../lib/media/use-media-query';
import type { PageDocuments } from '../pwa/warm-data-cache';
import { canHydrate, choosePageRoot, readPrerenderState, rebaseQueries, seededDocumentUrls, type PrerenderState } from './prerender-state';

function readPrerenderConfig(state: PrerenderState): AppConfig | undefined {
  try {
    return parseConfig(state.configJson, configUrl(), buildDefaults());
  } catch {
    return undefined;
  }
}

/**
 * Takes over a prerendered page. On a page that carries a phone markup too, the one on screen
 * becomes the root and the other goes (`choosePageRoot`). Returns the root, whether it can be
 * hydrated as it stands, `phone`: whether the phone query matches, which the hydrating render
 * must then answer as the prerenderer did, and how many parts of that markup hydrate later.
 */
export function takeOverPrerendered(
  queryClient: QueryClient,
  config: AppConfig,
  root: HTMLElement,
): { root: HTMLElement; hydrate: boolean; phone: boolean; laterParts: number; documents: PageDocuments | undefined } {
  const phone = typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;
  const chosen = choosePageRoot(document, root, phone);
  const state = readPrerenderState(document);
  const seeded = state ? seedFromPrerender(state, queryClient, config, phone, chosen !== root) : { hydrate: false, documents: undefined };
  return {
    root: chosen,
    hydrate: seeded.hydrate,
    phone,
    // How many parts of the markup kept hydrate after the page (src/lib/dom/hydrate-later.tsx).
    laterParts: (chosen !== root ? state?.laterParts?.phone : state?.laterParts?.wide) ?? 0,
    documents: seeded.documents,
  };
}

/**
 * When the page was drawn from the same data base, its documents seed the cache, so the first
 * render in the browser draws the finished page at once. Returns whether the page can be
 * hydrated as it stands, and the documents it was seeded with.
 */
function seedFromPrerender(
  state: PrerenderState,
  queryClient: QueryClient,
  config: AppConfig,
  isPhone: boolean,
  onPhoneMarkup: boolean,
): { hydrate: boolean; documents: PageDocuments | undefined } {
  const prerenderConfig = readPrerenderConfig(state);
  if (prerenderConfig?.dataBaseUrl !== config.dataBaseUrl) return { hydrate: false, documents: undefined };
  // Dated when the page's own request started: the page and its documents left the server together.
  const receivedAt = performance.timeOrigin + (performance.getEntriesByType('navigation')[0]?.startTime ?? 0);
  const queries = rebaseQueries(state.queries, state.dataBaseUrl, config.dataBaseUrl, Math.round(receivedAt));
  hydrate(queryClient, queries);
  return {
    hydrate: canHydrate(state, {
      path: `${window.location.pathname}${window.location.search}`,
      config,
      prerenderConfig,
      now: new Date(),
      isPhone,
      onPhoneMarkup,
    }),
    documents: { urls: seededDocumentUrls(queries), renderedAt: state.renderedAt },
  };
}
