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
