/**
 * What the service worker may keep. Build-time rules, shared by vite.config.ts (which
 * writes them into the generated service worker) and the unit tests.
 *
 * The match functions are serialised into the service worker with `Function.prototype.toString`,
 * so they must not refer to anything outside their own body.
 */

/** Cache of data documents (and config.json) the reader has opened: a visited dataset opens offline. */
export const DATA_CACHE = 'gsm-data';
/** Response header the service worker adds to what it stores: when the copy was fetched. */
export const CACHED_AT_HEADER = 'x-gsm-cached-at';
/**
 * Internal documents (signed-in readers) live under this path of any origin; requests under
 * it are never stored in a persistent cache. Override at build time with VITE_INTERNAL_DATA_PATH.
 */
export const DEFAULT_INTERNAL_PATH = '/internal/';

/** A request the worker must leave alone: sent with credentials or an Authorization header. */
export const isPrivateRequest = ({ request }: { request: Request }): boolean => request.credentials === 'include' || request.headers.has('authorization');

/** A public data document or config.json (JSON/GeoJSON by file name), from any origin. */
export const isDataDocument = ({ url, request }: { url: URL; request: Request }): boolean =>
  request.method === 'GET' && request.mode !== 'navigate' && /\.(json|geojson)$/.test(url.pathname) && !/\.webmanifest$/.test(url.pathname);

/** A regular expression matching any URL with the internal path in it. */
export function internalPathPattern(internalPath: string): RegExp {
  const path = `/${internalPath.replace(/^\/+|\/+$/g, '')}/`;
  return new RegExp(path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * A request under the internal path, from any origin (a RegExp route would only match cross-origin
 * URLs from their start). The function carries its own source with the pattern written in, since
 * the generated worker receives it as text.
 */
export function isInternalRequest(internalPath: string): (options: { url: URL }) => boolean {
  const pattern = internalPathPattern(internalPath);
  const match = ({ url }: { url: URL }) => pattern.test(url.pathname);
  match.toString = () => `({ url }) => ${pattern.toString()}.test(url.pathname)`;
  return match;
}

/**
 * Workbox plugin: stores only successful JSON answers (never the SPA fallback's index.html for a
 * missing document) and stamps each stored copy with the time it was fetched, for the offline notice.
 */
export const stampingPlugin = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> => {
    if (response.status !== 200 || (response.headers.get('content-type') ?? '').includes('text/html')) return null;
    const headers = new Headers(response.headers);
    headers.set('x-gsm-cached-at', new Date().toISOString());
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
};

/** Navigations to these are files, never pages: the worker leaves them to the server. */
const FILE_NAVIGATION = /\.(json|geojson|csv|zip|xml|rdf)$/;

/** Whether a request is a navigation to one of `appPages` (tested on path and query, as Workbox's NavigationRoute does), neither a file nor under `internal`. */
function appNavigationMatch({ url, request }: { url: URL; request: Request }, appPages: RegExp, files: RegExp, internal: RegExp): boolean {
  return request.mode === 'navigate' && appPages.test(url.pathname + url.search) && !files.test(url.pathname) && !internal.test(url.pathname);
}

/**
 * The navigations `pageOrShell` answers: the app's pages (`appPages`, from the route table),
 * neither files nor under the internal path. Carries its source with the patterns written in,
 * as `pageOrShell` does, since the worker receives it as text.
 */
export function isAppNavigation(appPages: RegExp, internalPath: string): (options: { url: URL; request: Request }) => boolean {
  const internal = internalPathPattern(internalPath);
  const match = (options: { url: URL; request: Request }) => appNavigationMatch(options, appPages, FILE_NAVIGATION, internal);
  match.toString = () =>
    `(options) => (${appNavigationMatch.toString()})(options, ${appPages.toString()}, ${FILE_NAVIGATION.toString()}, ${internal.toString()})`;
  return match;
}

/** How long a page's HTML may take before the worker answers with the app shell instead (a connection that hangs). */
export const PAGE_TIMEOUT_MS = 3000;

/**
 * The worker's answer to a page navigation: the server's page while online — the prerendered
 * HTML, complete at its first paint, that a first visit gets too — and the precached app shell
 * (`shellFile`, relative to the worker's scope) when the network fails or takes longer than
 * `timeoutMs`. Only globals inside: the worker receives it as text (see `pageOrShell`).
 */
export async function pageOrShellHandler({ request }: { request: Request }, shellFile: string, timeoutMs: number): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    return await Promise.race([fetch(request), late]);
  } catch {
    const scope = (globalThis as unknown as { registration: { scope: string } }).registration.scope;
    // The precache keeps unhashed files under a revision query: match without it.
    const shell = await caches.match(new URL(shellFile, scope).href, { ignoreSearch: true });
    return shell ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

/** `pageOrShellHandler` as a Workbox route handler, with its source and arguments written into its text. */
export function pageOrShell(shellFile: string, timeoutMs: number = PAGE_TIMEOUT_MS): (options: { request: Request }) => Promise<Response> {
  const handler = (options: { request: Request }) => pageOrShellHandler(options, shellFile, timeoutMs);
  handler.toString = () => `(options) => (${pageOrShellHandler.toString()})(options, ${JSON.stringify(shellFile)}, ${timeoutMs})`;
  return handler;
}
