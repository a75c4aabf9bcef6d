import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * What media queries answer where there is no window: while prerendering, and while the browser
 * hydrates a prerendered page. No query matches unless a provider says otherwise; the
 * prerenderer renders once more with the phone query matching to learn whether a page's markup
 * depends on it (src/entry-server.tsx).
 */
export const ServerMediaContext = createContext<(query: string) => boolean>(() => false);

/** Whether a media query matches, kept up to date (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  const serverMatches = useContext(ServerMediaContext);
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => serverMatches(query),
  );
}

/** Phones and narrow windows: the map and the list as two tabs, the indicator page's chart on the first screen. */
export const PHONE_QUERY = '(max-width: 47.99rem)';
