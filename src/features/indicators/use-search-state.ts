import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

interface Pending {
  /** What the controls show now. */
  query: string;
  /** Every query this component asked for since the URL last matched, in order. */
  issued: string[];
}

/**
 * The URL's search parameters as view state, with the latest change shown at once.
 *
 * The router applies URL updates in a transition (startTransition), which React may delay and
 * interrupt. A controlled checkbox, select or text box fed from the URL alone would snap back
 * for a moment after each input, and typing could lose characters. So the change is kept here
 * (a synchronous update) until the URL has caught up; a URL change that did not come from here
 * (back and forward buttons, a link) wins at once. The URL is replaced, not pushed: it mirrors
 * the view for sharing without filling the history.
 */
export function useSearchState(): [URLSearchParams, (next: URLSearchParams) => void] {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.toString();
  const [pending, setPending] = useState<Pending | undefined>();
  let shown = urlQuery;
  if (pending) {
    // Still on the way (the URL shows where we started, or a step we asked for): show the latest
    // request. Caught up, or moved by someone else: forget it. (Adjusting state while rendering:
    // React's "storing information from previous renders" pattern.)
    if (urlQuery !== pending.query && pending.issued.includes(urlQuery)) shown = pending.query;
    else setPending(undefined);
  }
  const current = useMemo(() => new URLSearchParams(shown), [shown]);
  const update = useCallback(
    (next: URLSearchParams) => {
      const query = next.toString();
      setPending((previous) => ({ query, issued: previous ? [...previous.issued, query] : [urlQuery, query] }));
      setParams(next, { replace: true });
    },
    [setParams, setPending, urlQuery],
  );
  return [current, update];
}
