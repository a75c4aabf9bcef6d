import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { prerenderedWidth } from './prerendered-widths';
import { isTakingOver } from './use-hydrated';

interface ElementWidthOptions {
  /** The new width renders as a transition, in slices, after the paint (the catalogue's two layouts). */
  deferred?: boolean;
  /** A width read from the prerendered page before the app drew over it (see prerendered-widths.ts). */
  widthKey?: string;
}

/**
 * Width of the element, kept up to date with a ResizeObserver: undefined until measured (in a
 * layout effect, before the first paint), so what depends on it is built once, at its real width.
 * Changes under `tolerance` px are ignored, so a scrollbar appearing does not rebuild it.
 * `deferred`: the new width renders as a transition, in slices, after the paint; for views that
 * draw well without it (the catalogue's two layouts). `widthKey`: the first width may
 * come from the prerendered page; then nothing is measured before the first paint.
 * While the app takes a prerendered page over, the first width waits for the ResizeObserver and
 * renders in a transition: the page is already on screen (with a placeholder of the right
 * height), and measuring and drawing in the hydration's commit was one 40–75 ms task (×4 under
 * Lighthouse) on the indicator page.
 */
export function useElementWidth<T extends HTMLElement>(tolerance = 8, { deferred = false, widthKey }: ElementWidthOptions = {}) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>(() => (widthKey ? prerenderedWidth(widthKey) : undefined));
  const known = useRef(width !== undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observing = typeof ResizeObserver !== 'undefined';
    // Taking a prerendered page over, the first width comes from the observer's first report:
    // after the browser's own layout (reading clientWidth here forced one, over the whole page),
    // and rendered in a transition, in slices.
    let fromFirstReport = observing && !known.current && isTakingOver();
    if (!known.current && !fromFirstReport) {
      const first = element.clientWidth;
      if (deferred) startTransition(() => setWidth(first));
      else setWidth(first);
    }
    if (!observing) return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      const update = () => setWidth((current) => (current !== undefined && Math.abs(current - next) < tolerance ? current : next));
      if (fromFirstReport) {
        fromFirstReport = false;
        startTransition(update);
      } else update();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [tolerance, deferred]);
  return [ref, width] as const;
}
