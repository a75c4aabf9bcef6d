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
import { lazy, memo, Suspense, useEffect, useId, useState, type ComponentType } from 'react';
import { HydratingPartContext, isTakingOver } from './use-hydrated';

const loads = new Set<Promise<unknown>>();
/** Parts on the first page whose code has not yet hydrated them, by their `useId`. */
const waiting = new Set<string>();
const mounted = new Set<string>();
const listeners = new Set<() => void>();
let firstPageLive = false;

function notify(): void {
  if (waiting.size > 0) return;
  for (const listener of [...listeners]) listener();
  listeners.clear();
}

/** Code of later-hydrated parts still loading: the prerenderer waits for these, then renders again. */
export function pendingPartLoads(): Promise<unknown>[] {
  return [...loads];
}

/** Resolves once every part drawn from prerendered markup has hydrated (at once if there are none). */
export function partsHydrated(): Promise<void> {
  return new Promise((resolve) => {
    listeners.add(() => {
      firstPageLive = true;
      resolve();
    });
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
  const preload = () => {
    if (loading === undefined) {
      const started = load().then((Component) => {
        function Mounted({ partId, ...props }: P & { partId: string }) {
          useEffect(() => {
            mounted.add(partId);
            waiting.delete(partId);
            notify();
          }, [partId]);
          return <Component {...(props as P)} />;
        }
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
          waiting.clear();
          notify();
        },
      );
    }
    return loading;
  };
  const Loaded = lazy(preload);

  function Part(props: P) {
    const partId = useId();
    // Drawn in the first page's first render: hydrating the prerendered markup (or, where the
    // page could not be taken over, drawing it anew, which waits for the part just the same).
    const [hydrating] = useState(() => !firstPageLive && isTakingOver());
    useEffect(() => {
      if (!hydrating || mounted.has(partId)) return;
      waiting.add(partId);
      return () => {
        waiting.delete(partId);
        notify();
      };
    }, [hydrating, partId]);
    return (
      <HydratingPartContext.Provider value={hydrating}>
        <Suspense fallback={null}>
          <Loaded {...props} partId={partId} />
        </Suspense>
      </HydratingPartContext.Provider>
    );
  }
  return Object.assign(memo(Part) as unknown as ComponentType<P>, { preload });
}
