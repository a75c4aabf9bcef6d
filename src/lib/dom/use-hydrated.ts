import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/**
 * True inside a part of the first page that hydrates after the rest (./hydrate-later.tsx): the
 * app has taken over by then, but the part must first meet the markup the server wrote.
 */
export const HydratingPartContext = createContext(false);

/** Set once any component has seen the app take over; later mounts (client navigation) start true. */
let takenOver = false;

/**
 * False while the page is prerendered and while the browser hydrates it, true from then on.
 * Whatever differs between the build and the browser (lazy parts, the page's own address)
 * renders only once this is true, so hydration meets exactly the markup the server wrote.
 *
 * State set in an effect, inside a transition, rather than useSyncExternalStore with a server
 * snapshot: React re-renders a store that differs after hydration synchronously, in the task that
 * runs the effects, and with the lazy parts loading there that was one 140–200 ms task at 4× CPU
 * on the summary. A transition yields to the browser.
 */
export function useHydrated(): boolean {
  const inHydratingPart = useContext(HydratingPartContext);
  const [hydrated, setHydrated] = useState(takenOver && !inHydratingPart);
  useEffect(() => {
    if (hydrated) return;
    takenOver = true;
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}

/**
 * True until the app has taken the page over: during the prerendered page's hydration (and the
 * first render over a page it could not hydrate). Read in effects, not in render.
 * It ends when a `useHydrated` reader has mounted, not when the first page is on screen: a route
 * still hydrating behind a Suspense boundary must meet the same value as the server did. On a
 * first page without such a reader it stays true; element widths then come from the
 * ResizeObserver, a frame later, while the placeholder holds the chart's height.
 */
export function isTakingOver(): boolean {
  return !takenOver;
}

/** The page's origin ("https://example.org"); empty while prerendering and hydrating. */
export function usePageOrigin(): string {
  return useHydrated() ? window.location.origin : '';
}
