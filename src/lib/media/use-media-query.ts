import { useSyncExternalStore } from 'react';

/** Whether a media query matches, kept up to date (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones and narrow windows: the map and the list as two tabs, the indicator page's chart on the first screen. */
export const PHONE_QUERY = '(max-width: 47.99rem)';
