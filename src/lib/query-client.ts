import { QueryClient } from '@tanstack/react-query';

/** Data documents change rarely; a failed document is retried once, then the view says so. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5 * 60_000 },
    },
  });
}
