import { useHref, useLocation } from 'react-router';

/**
 * The absolute address of the view being shown (path and query), for "link to the same view" in
 * downloads, as a function called when the file is made. The origin is read then, not while
 * rendering: a page that rendered it would differ between the prerendered markup (no origin)
 * and the browser, and be drawn a second time after hydration.
 */
export function useViewUrl(): () => string {
  const location = useLocation();
  const href = useHref({ pathname: location.pathname, search: location.search });
  return () => new URL(href, window.location.origin).href;
}
