import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the page is prerendered and while the browser hydrates it, true from then on.
 * Whatever differs between the build and the browser (lazy parts, the page's own address)
 * renders only once this is true, so hydration meets exactly the markup the server wrote.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

/** The page's origin ("https://example.org"); empty while prerendering and hydrating. */
export function usePageOrigin(): string {
  return useSyncExternalStore(
    never,
    () => window.location.origin,
    () => '',
  );
}
