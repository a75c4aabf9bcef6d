/**
 * The state a prerendered page carries for the browser: which URL it shows, the
 * config and data it was rendered with, and when. The browser hydrates the page only when it
 * would render the very same markup; otherwise it renders afresh over it (see `canHydrate`).
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { AppConfig } from '../../contract/schemas';
import { documentUrl } from '../../lib/api/client';

import { PHONE_ROOT_ID, PRERENDER_STATE_ID } from '../../core/page-ids';

export { PRERENDER_STATE_ID };

export interface PrerenderState {
  /** The path the markup shows, with its query string (always empty: views with choices are not prerendered). */
  path: string;
  /** Whether the page's markup is the same on a phone (no layout chosen by the phone media query). */
  sameOnPhones: boolean;
  /** config.json as the prerenderer read it (unresolved), so the browser can compare it with its own. */
  configJson: unknown;
  /** The data base URL the prerenderer resolved; it is part of every query key. */
  dataBaseUrl: string;
  /** When the page was rendered (ISO date-time); status rules read "today". */
  renderedAt: string;
  /** The data documents the page read, as TanStack Query's dehydrated cache. */
  queries: DehydratedState;
  /** How many parts hydrated after the page (src/lib/dom/hydrate-later.tsx) each markup holds. */
  laterParts?: { wide: number; phone: number };
}

/** JSON for a `<script type="application/json">`: `<` is escaped, so no data text can close the element. */
export function serializePrerenderState(state: PrerenderState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

export function readPrerenderState(document: Document): PrerenderState | undefined {
  const element = document.getElementById(PRERENDER_STATE_ID);
  if (!element?.textContent) return undefined;
  try {
    const state = JSON.parse(element.textContent) as PrerenderState;
    return typeof state.path === 'string' &&
      typeof state.dataBaseUrl === 'string' &&
      typeof state.renderedAt === 'string' &&
      Array.isArray(state.queries?.queries)
      ? state
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The root to hydrate on a page that carries a second markup for phones: the one the stylesheet
 * shows (the phone's when the phone media query matches), renamed `root`; the other is removed.
 * Neither moves nor is drawn again, so nothing on screen changes. Returns `root` as it is on
 * other pages.
 */
export function choosePageRoot(document: Document, root: HTMLElement, isPhone: boolean): HTMLElement {
  const phoneRoot = document.getElementById(PHONE_ROOT_ID);
  if (!phoneRoot) return root;
  if (!isPhone) {
    phoneRoot.remove();
    return root;
  }
  root.remove();
  phoneRoot.id = root.id;
  return phoneRoot;
}

export interface HydrationContext {
  /** `location.pathname + location.search`. */
  path: string;
  /** The config the browser loaded. */
  config: AppConfig;
  /** The prerenderer's config.json resolved the way the browser resolves its own. */
  prerenderConfig: AppConfig | undefined;
  now: Date;
  /** Whether the phone media query matches in this browser. */
  isPhone: boolean;
  /** Whether the root is the page's own phone markup (#root-phone, chosen by `choosePageRoot`). */
  onPhoneMarkup: boolean;
}

/** The config as far as it shapes the markup: the basemap is read only by the map, which starts after hydration. */
function markupConfig(config: AppConfig): string {
  return JSON.stringify({ ...config, basemapStyleUrl: undefined });
}

/**
 * Whether hydrating would reproduce the server's markup: same URL (no query string: views
 * restored from a link render other markup), the same layout (a phone gets another on some
 * pages), the same effective config (language, data base, sign-in), and the same calendar day
 * (status rules compare periods with today).
 */
export function canHydrate(state: PrerenderState, context: HydrationContext): boolean {
  if (state.path !== context.path) return false;
  if (context.isPhone && !state.sameOnPhones && !context.onPhoneMarkup) return false;
  if (!context.prerenderConfig || markupConfig(context.prerenderConfig) !== markupConfig(context.config)) return false;
  return state.renderedAt.slice(0, 10) === context.now.toISOString().slice(0, 10);
}

/**
 * The dehydrated queries ready for the browser's cache: the prerenderer's data base URL replaced
 * by the browser's (query keys carry it), each document dated `receivedAt`. The page and its
 * documents are built and deployed together (docs/deploy.md), so the documents a page carries
 * are as fresh as the page the browser has just received: fetching them again at once would
 * parse every one a second time while the reader starts reading (1.5 s of blocking time on the
 * start page at Lighthouse's 4× slowdown). They go stale after the usual five minutes.
 */
export function rebaseQueries(queries: DehydratedState, from: string, to: string, receivedAt: number): DehydratedState {
  return {
    ...queries,
    queries: queries.queries.map((query) => {
      const [scope, base, ...rest] = query.queryKey;
      const state = { ...query.state, dataUpdatedAt: receivedAt };
      if (scope !== 'data' || base !== from) return { ...query, state };
      const queryKey = [scope, to, ...rest];
      return { ...query, state, queryKey, queryHash: JSON.stringify(queryKey) };
    }),
  };
}

/**
 * The data documents a page carries, as the browser's URLs (after `rebaseQueries`): what the
 * service worker has to be given for the page to open offline (src/app/pwa/warm-data-cache.ts).
 */
export function seededDocumentUrls(queries: DehydratedState): string[] {
  return queries.queries.flatMap(({ queryKey: [scope, base, name] }) =>
    scope === 'data' && typeof base === 'string' && typeof name === 'string' ? [documentUrl(base, name)] : [],
  );
}
