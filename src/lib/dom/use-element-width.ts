import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Width of the element, kept up to date with a ResizeObserver: undefined until measured (in a
 * layout effect, before the first paint), so what depends on it is built once, at its real width.
 * Changes under `tolerance` px are ignored, so a scrollbar appearing does not rebuild it.
 */
export function useElementWidth<T extends HTMLElement>(tolerance = 8) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      setWidth((current) => (current !== undefined && Math.abs(current - next) < tolerance ? current : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [tolerance]);
  return [ref, width] as const;
}
