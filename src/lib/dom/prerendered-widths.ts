/**
 * Widths read from a prerendered page before the app draws over it, so the first client render matches the page's sizes.
 *
 * When the browser cannot hydrate a prerendered page (a phone gets another layout on the
 * indicator page), the app replaces the page's markup. A view that needs its width before it can
 * draw (the chart) then read it in a layout effect, right after the new markup went in: the
 * browser had to lay the whole new page out inside that script, a 120–250 ms task under
 * Lighthouse's trace. Read from the old markup just before, while its layout is still clean, the
 * same width costs nothing. Elements opt in with `data-width-key`; the widths serve the first
 * page the app draws and are forgotten once it is on screen, and each view's ResizeObserver
 * corrects its width if the new layout differs.
 */
const widths = new Map<string, number>();

/** Remembers the width of every element in `root` that carries a width key. */
export function rememberPrerenderedWidths(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-width-key]')) {
    const key = element.dataset.widthKey;
    if (key && !widths.has(key) && element.clientWidth > 0) widths.set(key, element.clientWidth);
  }
}

/** The remembered width for `key`; undefined when there is none. */
export function prerenderedWidth(key: string): number | undefined {
  return widths.get(key);
}

/** Called once the app's first page is on screen: later pages measure their own elements. */
export function forgetPrerenderedWidths(): void {
  widths.clear();
}
