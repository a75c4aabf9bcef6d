/**
 * A prerendered page carries its documents inside it, so the app never requests them, and the
 * service worker, which keeps the documents the reader has read for offline use, never sees
 * them. Once the worker controls the page, the page asks for them once (through the worker,
 * which stores them) — only those it has no copy of, or a copy older than the page's build.
 */
import { CACHED_AT_HEADER, DATA_CACHE } from './cache-rules';

export interface PageDocuments {
  /** The data documents the page was drawn from (absolute URLs). */
  urls: ReadonlyArray<string>;
  /** When the page was prerendered: a copy fetched before that may be older than the page. */
  renderedAt: string;
}

/** Whether the worker's copy (its fetch time, from CACHED_AT_HEADER) is missing or older than the page. */
export function needsCopy(cachedAt: string | null | undefined, renderedAt: string): boolean {
  const fetched = cachedAt ? Date.parse(cachedAt) : Number.NaN;
  return !Number.isFinite(fetched) || fetched < Date.parse(renderedAt);
}

interface Fetching {
  caches: Pick<CacheStorage, 'open'>;
  fetch: (url: string) => Promise<Response>;
}

/** Requests, one after the other, the page's documents the worker has no current copy of. Returns the URLs requested. */
export async function warmDataCache({ urls, renderedAt }: PageDocuments, { caches, fetch }: Fetching = globalThis): Promise<string[]> {
  const cache = await caches.open(DATA_CACHE);
  const requested: string[] = [];
  for (const url of urls) {
    const copy = await cache.match(url);
    if (!needsCopy(copy?.headers.get(CACHED_AT_HEADER), renderedAt)) continue;
    requested.push(url);
    // The answer is read and dropped: the worker stores its own copy on the way (network first).
    await fetch(url).then(
      (response) => response.arrayBuffer(),
      () => undefined,
    );
  }
  return requested;
}
