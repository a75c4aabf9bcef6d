import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { prerenderedWidth } from './prerendered-widths';

interface ElementWidthOptions {
  /** The new width renders as a transition, in slices, after the paint (the catalogue's two layouts, issue 12). */
  deferred?: boolean;
  /** A width read from the prerendered page before the app drew over it (see prerendered-widths.ts). */
  widthKey?: string;
}

/**
 * Width of the element, kept up to date with a ResizeObserver: undefined until measured (in a
 * layout effect, before the first paint), so what depends on it is built once, at its real width.
 * Changes under `tolerance` px are ignored, so a scrollbar appearing does not rebuild it.
 * `deferred`: the new width renders as a transition, in slices, after the paint; for views that
 * draw well without it (the catalogue's two layouts, issue 12). `widthKey`: the first width may
 * come from the prerendered page; then nothing is measured before the first paint.
 */
export function useElementWidth<T extends HTMLElement>(tolerance = 8, { deferred = false, widthKey }: ElementWidthOptions = {}) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>(() => (widthKey ? prerenderedWidth(widthKey) : undefined));
  const known = useRef(width !== undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (!known.current) {
      const first = element.clientWidth;
      if (deferred) startTransition(() => setWidth(first));
      else setWidth(first);
    }
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      setWidth((current) => (current !== undefined && Math.abs(current - next) < tolerance ? current : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [tolerance, deferred]);
  return [ref, width] as const;
}
