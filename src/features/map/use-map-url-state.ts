import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { URL_KEYS, parseFilters, parseSiteId, parseView, writeMapUrlState, type MapUrlState } from './url-state';

/**
 * The map's state from the URL's query, and a way to change part of it. Each part keeps its
 * identity until its own parameters change (panning must not re-filter 100 000 sites). Changes
 * replace the history entry (panning should not fill the back button), and several changes in
 * one tick (select a site, then the map moves) build on each other instead of the last winning.
 */
export function useMapUrlState(): { state: MapUrlState; update: (patch: Partial<MapUrlState>) => void } {
  const [searchParams, setSearchParams] = useSearchParams();
  const lon = searchParams.get(URL_KEYS.lon);
  const lat = searchParams.get(URL_KEYS.lat);
  const zoom = searchParams.get(URL_KEYS.zoom);
  const domainKey = searchParams.getAll(URL_KEYS.domain).join('\n');
  const statusKey = searchParams.getAll(URL_KEYS.status).join('\n');
  const hasDomain = searchParams.has(URL_KEYS.domain);
  const hasStatus = searchParams.has(URL_KEYS.status);
  const view = useMemo(() => parseView(lon, lat, zoom), [lon, lat, zoom]);
  const filters = useMemo(
    () => parseFilters(hasDomain ? domainKey.split('\n') : [], hasStatus ? statusKey.split('\n') : []),
    [domainKey, statusKey, hasDomain, hasStatus],
  );
  const siteId = parseSiteId(searchParams.get(URL_KEYS.site));
  const state = useMemo(() => ({ view, filters, siteId }), [view, filters, siteId]);

  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [searchParams]);
  const update = useCallback(
    (patch: Partial<MapUrlState>) => {
      const base = pending.current ?? searchParams;
      const next = writeMapUrlState(base, patch);
      if (next.toString() === base.toString()) return;
      pending.current = next;
      setSearchParams(next, { replace: true, preventScrollReset: true });
    },
    [searchParams, setSearchParams],
  );
  return { state, update };
}
