import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { URL_KEYS, parseFilters, parseSiteId, parseView, writeMapUrlState, type MapUrlState } from './url-state';

interface Optimistic {
  patch: Partial<MapUrlState>;
  /** The query strings asked for since the URL last matched; the last one is the goal. */
  targets: string[];
}

/**
 * The map's state from the URL's query, and a way to change part of it.
 * - Each part keeps its identity until its own parameters change (panning must not re-filter
 *   100 000 sites).
 * - Changes replace the history entry (panning should not fill the back button), and several
 *   changes in one tick (select a site, then the map moves) build on each other.
 * - The router applies URL changes in a transition, a moment later; until it has, the changed
 *   filters and selection are returned at once (a checkbox must flip when clicked). A URL change
 *   the app did not ask for (back button, a pasted link) always wins.
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
  const query = searchParams.get(URL_KEYS.query);
  const view = useMemo(() => parseView(lon, lat, zoom), [lon, lat, zoom]);
  const urlFilters = useMemo(
    () => parseFilters(hasDomain ? domainKey.split('\n') : [], hasStatus ? statusKey.split('\n') : [], query),
    [domainKey, statusKey, hasDomain, hasStatus, query],
  );
  const urlSiteId = parseSiteId(searchParams.get(URL_KEYS.site));

  const [optimistic, setOptimistic] = useState<Optimistic | null>(null);
  const [seen, setSeen] = useState(searchParams);
  if (seen !== searchParams) {
    setSeen(searchParams);
    const key = searchParams.toString();
    // Reached the goal, or someone else changed the URL: the URL is the truth again.
    if (optimistic && (key === optimistic.targets.at(-1) || !optimistic.targets.includes(key))) setOptimistic(null);
  }

  const filters = optimistic?.patch.filters ?? urlFilters;
  const siteId = optimistic && 'siteId' in optimistic.patch ? optimistic.patch.siteId : urlSiteId;
  const state = useMemo(() => ({ view, filters, siteId }), [view, filters, siteId]);

  // The URL asked for last, and the ones asked for since the URL last matched: a change builds
  // on the last one asked for until the router has caught up (or someone else moved the URL).
  const pending = useRef<URLSearchParams | null>(null);
  const requested = useRef<string[]>([]);
  // The router's latest params and setter, so `update` keeps one identity (memoised children stay put).
  const router = useRef({ searchParams, setSearchParams });
  useEffect(() => {
    router.current = { searchParams, setSearchParams };
    const key = searchParams.toString();
    const targets = requested.current;
    if (targets.length > 0 && (key === targets.at(-1) || !targets.includes(key))) {
      pending.current = null;
      requested.current = [];
    }
  }, [searchParams, setSearchParams]);
  const update = useCallback((patch: Partial<MapUrlState>) => {
    const { searchParams: current, setSearchParams: navigate } = router.current;
    const base = pending.current ?? current;
    const next = writeMapUrlState(base, patch);
    if (next.toString() === base.toString()) return;
    pending.current = next;
    requested.current = [...requested.current, next.toString()];
    if (patch.filters !== undefined || 'siteId' in patch) {
      const lasting: Partial<MapUrlState> = {};
      if (patch.filters !== undefined) lasting.filters = patch.filters;
      if ('siteId' in patch) lasting.siteId = patch.siteId;
      setOptimistic((previous) => ({ patch: { ...previous?.patch, ...lasting }, targets: [...(previous?.targets ?? []), next.toString()] }));
    } else {
      setOptimistic((previous) => (previous ? { ...previous, targets: [...previous.targets, next.toString()] } : previous));
    }
    navigate(next, { replace: true, preventScrollReset: true });
  }, []);
  return { state, update };
}
