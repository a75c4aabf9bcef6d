import { useHref, useLocation } from 'react-router';

/** The absolute address of the view being shown (path and query), for "link to the same view". */
export function useViewUrl(): string {
  const location = useLocation();
  const href = useHref({ pathname: location.pathname, search: location.search });
  return new URL(href, window.location.origin).href;
}
