import { useHref, useLocation } from 'react-router';
import { usePageOrigin } from '../dom/use-hydrated';

/** The absolute address of the view being shown (path and query), for "link to the same view". */
export function useViewUrl(): string {
  const location = useLocation();
  const href = useHref({ pathname: location.pathname, search: location.search });
  const origin = usePageOrigin();
  // Prerendered (no origin yet): the path alone, which the browser reads against the page.
  return origin ? new URL(href, origin).href : href;
}
