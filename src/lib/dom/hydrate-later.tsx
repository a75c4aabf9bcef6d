/**
 * Parts of a page that are in its prerendered HTML but whose code is not on the route's critical
 * path (the 160 KB budget): React's selective hydration. The part's markup is on screen from the
 * first byte, as before; its code loads while the rest of the page hydrates, and React hydrates
 * the part when it arrives. Meant for what is not needed in the first moments: the metadata
 * panel, the share panel, the release choice, the key figures below the finding.
 *
 * - The prerenderer renders until every part's code has loaded (`pendingPartLoads`), so the
 *   HTML holds the part, never its empty fallback.
 * - The browser hydrates the page without waiting for the parts; a part stays as the server drew
 *   it until its code is there. `memo` keeps the part's boundary out of its parent's re-renders
 *   (React gives up a boundary that changes before it has hydrated and draws it anew), so its
 *   props must keep their identity: plain values or memoized ones.
 * - A part hydrating late must meet the markup the server wrote: `useHydrated` inside it answers
 *   false until the part itself has mounted (see `HydratingPartContext`).
 * - The page counts as live (the prerender state is removed, which the browser tests wait for)
 *   only once every part drawn from the prerendered markup has hydrated: `partsHydrated`.
 * - On a page the browser draws itself (a client navigation), a part shows nothing until its
 *   code arrives; the route module preloads it (`preload`) so that is the same moment.
 */
import { lazy, memo, Suspense, useContext, useEffect, useId, useState, type ComponentType } from 'react';
import { HydratingPartContext, isTakingOver } from './use-hydrated';

const loads = new Set<Promise<unknown>>();
/** Set when a part was drawn before its code had loaded (its empty fallback); read by the prerenderer. */
let drawnWithoutCode = false;
/** Parts drawn since the prerenderer last asked (`countPartsDrawn`). */
let drawn = 0;
/** How many parts the prerendered markup being hydrated holds (from its prerender state). */
let expected = 0;
/** The parts hydrated from prerendered markup so far, by their `useId`. */
const hydrated = new Set<string>();
const listeners = new Set<() => void>();

function notify(): void {
  if (hydrated.size < expected) return;
  for (const listener of [...listeners]) listener();
  listeners.clear();
}

/** Code of later-hydrated parts still loading: the prerenderer waits for these, then renders again. */
export function pendingPartLoads(): Promise<unknown>[] {
  return [...loads];
}

/**
 * Whether a part was drawn without its code since the last call (its load may have finished
 * since): the prerenderer then renders the page again, so no part is missing from the HTML.
 */
export function takePartsDrawnWithoutCode(): boolean {
  const without = drawnWithoutCode;
  drawnWithoutCode = false;
  return without;
}

/** The number of parts drawn since the last call: the prerenderer writes it into the page's state. */
export function countPartsDrawn(): number {
  const count = drawn;
  drawn = 0;
  return count;
}

/** Before hydrating a prerendered page: the number of parts its markup holds (its prerender state says). */
export function expectLaterParts(count: number): void {
  expected = count;
}

/**
 * Resolves once every part of the prerendered markup has hydrated (at once if it holds none).
 * Counted, not discovered: the page's own content may hydrate after the code that asks, behind
 * the layout's Suspense boundary, so its parts may not have rendered yet.
 */
export function partsHydrated(): Promise<void> {
  return new Promise((resolve) => {
    listeners.add(resolve);
    notify();
  });
}

export type LaterHydratedPart<P> = ComponentType<P> & {
  /** Starts loading the part's code (a route module calls it, so a client navigation loads it with the page). */
  preload(): Promise<unknown>;
};

/** A component whose code loads apart from the route's and that hydrates when it arrives. */
export function hydrateLater<P extends object>(load: () => Promise<ComponentType<P>>): LaterHydratedPart<P> {
  let loading: Promise<{ default: ComponentType<P & { partId: string }> }> | undefined;
  /** The part once its code is here: drawn at once, without a Suspense round (React.lazy suspends on its first read even then). */
  let loaded: ComponentType<P & { partId: string }> | undefined;
  const preload = () => {
    if (loading === undefined) {
      const started = load().then((Component) => {
        function Mounted({ partId, ...props }: P & { partId: string }) {
          const fromPrerender = useContext(HydratingPartContext);
          useEffect(() => {
            if (!fromPrerender) return;
            hydrated.add(partId);
            notify();
          }, [fromPrerender, partId]);
          return <Component {...(props as P)} />;
        }
        loaded = Mounted;
        return { default: Mounted };
      });
      loading = started;
      loads.add(started);
      started.then(
        () => loads.delete(started),
        () => {
          // A part whose code cannot load never hydrates; the page is live without it, and the
          // route's error boundary says what failed.
          loads.delete(started);
          expected = 0;
          notify();
        },
      );
    }
    return loading;
  };
  const Loaded = lazy(preload);

  function Part(props: P) {
    const partId = useId();
    // Drawn while the app takes the page over: hydrating the prerendered markup (or, where the
    // page could not be taken over, drawing it anew). Also true while prerendering.
    const [hydrating] = useState(isTakingOver);
    // Decided once per instance: switching from the lazy wrapper to the loaded component later
    // would remount the part and lose its state.
    const [Drawn] = useState(() => loaded ?? Loaded);
    // Counts for the prerenderer (a render-time tally: the server runs no effects).
    drawn += 1;
    if (Drawn === Loaded && loaded === undefined) drawnWithoutCode = true;
    return (
      <HydratingPartContext.Provider value={hydrating}>
        <Suspense fallback={null}>
          <Drawn {...props} partId={partId} />
        </Suspense>
      </HydratingPartContext.Provider>
    );
  }
  return Object.assign(memo(Part) as unknown as ComponentType<P>, { preload });
}
