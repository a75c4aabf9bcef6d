import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { afterNextPaint } from '../dom/after-next-paint';

interface Pending {
  /** What the controls show now. */
  query: string;
  /** Every query this hook asked for since the URL last matched, in order. */
  issued: string[];
}

export interface SearchStateOptions {
  /**
   * Write the URL once the change has been painted instead of at once. The router's navigation
   * (matching, history.replaceState, its own render) took 40–90 ms of a catalogue filter change at
   * 4× CPU; the controls show the change at once either way.
   */
  writeAfterPaint?: boolean;
}

/** A new query, or a function that builds it from the latest one (including one still on its way). */
export type SearchUpdate = URLSearchParams | ((latest: URLSearchParams) => URLSearchParams);

export interface UpdateOptions {
  /**
   * Add a history entry instead of replacing the current one, for a state the Back button should
   * undo (the map's site sheet on a phone). Ignored with writeAfterPaint.
   */
  push?: boolean;
}

/**
 * The URL's search parameters as view state, with the latest change shown at once. Shared by
 * every view that keeps its choices in the URL (catalogue, indicator page, summary).
 *
 * The router applies URL updates in a transition (startTransition), which React may delay and
 * interrupt. A controlled checkbox, select or text box fed from the URL alone would snap back
 * for a moment after each input, and typing could lose characters. So the change is kept here
 * (a synchronous update) until the URL has caught up; a URL change that did not come from here
 * (back and forward buttons, a link) wins at once. A functional update builds on the latest
 * query asked for, so two changes in one tick (a topic, then a comparison) never undo each
 * other. The URL is replaced, not pushed: it mirrors the view for sharing without filling the
 * history, and the scroll position stays.
 *
 * The one URL-state mechanism: every view that reads or writes the query goes through here, and
 * every feature turns these params into its typed state with a pair of codecs named `parseX`
 * (params → state) and `writeX` (state → params); lists in one encoding, `list-param.ts`. `update` keeps one identity, so memoised
 * children (the map) are not re-rendered by it; an update that changes nothing does nothing.
 */
export function useSearchState({ writeAfterPaint = false }: SearchStateOptions = {}): [
  URLSearchParams,
  (update: SearchUpdate, options?: UpdateOptions) => void,
] {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.toString();
  const [pending, setPending] = useState<Pending | undefined>();
  let shown = urlQuery;
  if (pending) {
    // Still on the way (the URL shows where we started, or a step we asked for): show the latest
    // request. Moved by someone else: forget it. Caught up: remember only that address, which a
    // change made before this render was committed may still count as its starting point.
    // (Adjusting state while rendering: React's "storing information from previous renders" pattern.)
    if (urlQuery === pending.query) {
      if (pending.issued.length > 1) setPending({ query: urlQuery, issued: [urlQuery] });
    } else if (pending.issued.includes(urlQuery)) shown = pending.query;
    else setPending(undefined);
  }
  const current = useMemo(() => new URLSearchParams(shown), [shown]);
  // The latest query asked for: what is shown after a render, or a request made since; and the
  // router's latest URL and setter, so `update` keeps one identity.
  const latest = useRef(current);
  const router = useRef({ urlQuery, setParams });
  useEffect(() => {
    latest.current = current;
    router.current = { urlQuery, setParams };
  }, [current, urlQuery, setParams]);
  // With writeAfterPaint, one URL write at a time, with the latest query asked for by then; `ours`
  // holds the addresses this hook started from or asked for, to tell them from someone else's.
  const scheduled = useRef<(() => void) | undefined>(undefined);
  const ours = useRef(new Set<string>());
  useEffect(() => () => scheduled.current?.(), []);
  const update = useCallback(
    (change: SearchUpdate, options: UpdateOptions = {}) => {
      const next = typeof change === 'function' ? change(new URLSearchParams(latest.current)) : change;
      const query = next.toString();
      if (query === latest.current.toString()) return;
      latest.current = next;
      const from = router.current.urlQuery;
      setPending((previous) => ({ query, issued: previous ? [...previous.issued, from, query] : [from, query] }));
      if (!writeAfterPaint) {
        router.current.setParams(next, { replace: !options.push, preventScrollReset: true });
        return;
      }
      ours.current.add(from).add(query);
      if (scheduled.current) return;
      scheduled.current = afterNextPaint(() => {
        scheduled.current = undefined;
        const { urlQuery: now, setParams: navigate } = router.current;
        // Moved meanwhile by someone else (a link, the back button): that address wins.
        if (ours.current.has(now)) navigate(latest.current, { replace: true, preventScrollReset: true });
        ours.current = new Set([now, latest.current.toString()]);
      });
    },
    [setPending, writeAfterPaint],
  );
  return [current, update];
}
