import type { ReactNode } from 'react';
import { useHydrated } from '../lib/dom/use-hydrated';

/**
 * Its children once the browser has taken over the page (never in a prerendered page). A leaf of
 * its own because whatever reads `useHydrated` renders again once hydration is done: a page that
 * read it itself was drawn twice.
 */
export function WhenHydrated({ children }: { children: ReactNode }) {
  return useHydrated() ? children : null;
}
