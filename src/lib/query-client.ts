import { QueryClient, timeoutManager } from '@tanstack/react-query';
import { createCoalescedTimeouts } from './coalesced-timeouts';
import { isDataDocumentError } from '../contract/errors';

/**
 * A failed document is retried once when the failure can heal (network, a server error); an
 * unreadable document (invalid JSON, schema, unsupported version) or a 4xx answer will read the
 * same a second later, so the view says so at once instead of showing "Laddar…" meanwhile.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (!isDataDocumentError(error)) return true;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && (error.status === undefined || error.status >= 500);
}

const coalescedTimeouts = createCoalescedTimeouts();

/** Data documents change rarely. */
export function createQueryClient(): QueryClient {
  // Set before the first query; the same provider every time, so timers stay cancellable.
  timeoutManager.setTimeoutProvider(coalescedTimeouts);
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 5 * 60_000 },
    },
  });
}
