import { lazy, Suspense, type ComponentProps } from 'react';
import { useHydrated } from '../lib/dom/use-hydrated';

const AskAboutForm = lazy(() => import('./ask-about').then((module) => ({ default: module.AskAbout })));

/**
 * "Ask about this" closes the indicator, area and site views, below what a reader came for: its
 * form loads after the page, so it stays off every route's critical path (the 160 KB budget).
 */
export function LazyAskAbout(props: ComponentProps<typeof AskAboutForm>) {
  // Not in prerendered pages: it loads after hydration, as after any first render.
  if (!useHydrated()) return null;
  return (
    <Suspense fallback={null}>
      <AskAboutForm {...props} />
    </Suspense>
  );
}
