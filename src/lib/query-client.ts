import { QueryClient, timeoutManager } from '@tanstack/react-query';
import { createCoalescedTimeouts } from './coalesced-timeouts';
import { isDataDocumentError } from '../contract/errors';

/** How long a read document counts as fresh: data documents change rarely. Every query relies on it. */
export const DOCUMENT_STALE_MS = 5 * 60_000;
/** Tries in all for a document whose failure can heal: the first and one more. */
export const DOCUMENT_TRIES = 2;

/**
 * A failed document is retried once when the failure can heal (network, a server error); an
 * unreadable document (invalid JSON, schema, unsupported version) or a 4xx answer will read the
 * same a second later, so the view says so at once instead of showing "Laddar…" meanwhile.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= DOCUMENT_TRIES - 1) return false;
  if (!isDataDocumentError(error)) return true;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && (error.status === undefined || error.status >= 500);
}

const coalescedTimeouts = createCoalescedTimeouts();

/**
 * The query client of the app and of the prerender. The prerender asks with `retry: false`: one
 * try per document, since a build must not wait on retries and a failure means "do not prerender".
 */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  // Set before the first query; the same provider every time, so timers stay cancellable.
  timeoutManager.setTimeoutProvider(coalescedTimeouts);
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retry ? shouldRetry : false, refetchOnWindowFocus: false, staleTime: DOCUMENT_STALE_MS },
    },
  });
}
