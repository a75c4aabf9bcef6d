import { useCallback, useMemo } from 'react';
import { parseList } from '../../lib/url/list-param';
import { useSearchState, type UpdateOptions } from '../../lib/url/use-search-state';
import { URL_KEYS, parseFilters, parseSiteId, parseView, writeMapUrlState, type MapUrlState } from './url-state';

/**
 * The map's typed state on the shared URL-state hook (`lib/url/use-search-state.ts`), and a way
 * to change part of it. Each part keeps its identity until its own parameters change (panning
 * must not re-filter 100 000 sites); changes build on the latest one asked for and replace the
 * history entry (unless asked to push one); a URL change the app did not ask for (back button, a pasted link) wins.
 */
export function useMapUrlState(): { state: MapUrlState; update: (patch: Partial<MapUrlState>, options?: UpdateOptions) => void } {
  const [params, setParams] = useSearchState();
  const lon = params.get(URL_KEYS.lon);
  const lat = params.get(URL_KEYS.lat);
  const zoom = params.get(URL_KEYS.zoom);
  const domains = parseList(params, URL_KEYS.domain);
  const statuses = parseList(params, URL_KEYS.status);
  const domainKey = domains?.join(',');
  const statusKey = statuses?.join(',');
  const query = params.get(URL_KEYS.query);
  const view = useMemo(() => parseView(lon, lat, zoom), [lon, lat, zoom]);
  const filters = useMemo(() => parseFilters(splitKey(domainKey), splitKey(statusKey), query), [domainKey, statusKey, query]);
  const siteId = parseSiteId(params.get(URL_KEYS.site));
  const state = useMemo(() => ({ view, filters, siteId }), [view, filters, siteId]);
  const update = useCallback(
    (patch: Partial<MapUrlState>, options?: UpdateOptions) => setParams((latest) => writeMapUrlState(latest, patch), options),
    [setParams],
  );
  return { state, update };
}

/** Back from the memo key: undefined = absent, '' = an empty list. */
function splitKey(key: string | undefined): string[] | undefined {
  return key === undefined ? undefined : key === '' ? [] : key.split(',');
}
