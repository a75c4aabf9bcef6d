/**
 * The map's state in the URL, so a shared link opens the same view:
 *   ?lon=18.0462&lat=59.2957&z=14.5        centre and zoom
 *   &domain=energy&domain=housing          domains shown (absent: all; `domain=` alone: none)
 *   &status=completed                      statuses shown (absent: all; `status=` alone: none)
 *   &q=valla%20torg                        words to search for in the sites' names and summaries
 *   &site=valla-torg-6f                    the selected site
 * Lists are repeated keys rather than commas, which URLSearchParams would escape as %2C.
 * Parsing never throws: anything malformed is ignored and the default used instead.
 * Writing keeps every other parameter and writes values in a canonical order, so the same state
 * always gives the same URL.
 */
import type { Domain, SiteStatus } from '../../contract/schemas';
import { ALL_FILTERS, type SiteFilters } from './filters';
import { DOMAINS, SITE_STATUSES } from './site-symbols';
import { parseList, writeList } from '../../lib/url/list-param';

export interface MapView {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
}

export interface MapUrlState {
  view: MapView | undefined;
  filters: SiteFilters;
  siteId: string | undefined;
}

export const URL_KEYS = { lon: 'lon', lat: 'lat', zoom: 'z', domain: 'domain', status: 'status', query: 'q', site: 'site' } as const;

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;
const CENTER_DECIMALS = 5; // ≈ 1 m
const ZOOM_DECIMALS = 2;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The view rounded as it is written to the URL (about a metre, a hundredth of a zoom level). */
export function roundView(view: MapView): MapView {
  return { center: [round(view.center[0], CENTER_DECIMALS), round(view.center[1], CENTER_DECIMALS)], zoom: round(view.zoom, ZOOM_DECIMALS) };
}

/** Whether two views are the same once rounded for the URL. */
export function sameView(a: MapView | undefined, b: MapView | undefined): boolean {
  if (!a || !b) return a === b;
  const [ra, rb] = [roundView(a), roundView(b)];
  return ra.center[0] === rb.center[0] && ra.center[1] === rb.center[1] && ra.zoom === rb.zoom;
}

function parseNumber(text: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text);
}

export function parseView(lonText: string | null, latText: string | null, zoomText: string | null): MapView | undefined {
  if (lonText === null || latText === null || zoomText === null) return undefined;
  const lon = parseNumber(lonText);
  const lat = parseNumber(latText);
  const z = parseNumber(zoomText);
  if (lon === undefined || lat === undefined || z === undefined) return undefined;
  if (lon < -180 || lon > 180 || lat < -85.06 || lat > 85.06 || z < MIN_ZOOM || z > MAX_ZOOM) return undefined;
  return { center: [lon, lat], zoom: z };
}

function parseSet<T extends string>(values: ReadonlyArray<string> | undefined, allowed: ReadonlyArray<T>, all: ReadonlySet<T>): ReadonlySet<T> {
  if (values === undefined) return all;
  if (values.length === 0) return new Set();
  const valid = allowed.filter((value) => values.includes(value));
  // Only unknown words (an old or mistyped link): show everything rather than nothing.
  return valid.length === 0 ? all : new Set(valid);
}

/** A search longer than this is cut: no site name is that long, and links stay short. */
export const MAX_QUERY_LENGTH = 100;

/** The filters from the `domain` and `status` lists (undefined = key absent = all) and the `q` text. */
export function parseFilters(
  domains: ReadonlyArray<string> | undefined,
  statuses: ReadonlyArray<string> | undefined,
  query: string | null = null,
): SiteFilters {
  return {
    domains: parseSet<Domain>(domains, DOMAINS, ALL_FILTERS.domains),
    statuses: parseSet<SiteStatus>(statuses, SITE_STATUSES, ALL_FILTERS.statuses),
    query: (query ?? '').slice(0, MAX_QUERY_LENGTH),
  };
}

export function parseSiteId(site: string | null): string | undefined {
  return site !== null && ID_PATTERN.test(site) ? site : undefined;
}

export function parseMapUrlState(params: URLSearchParams): MapUrlState {
  return {
    view: parseView(params.get(URL_KEYS.lon), params.get(URL_KEYS.lat), params.get(URL_KEYS.zoom)),
    filters: parseFilters(parseList(params, URL_KEYS.domain), parseList(params, URL_KEYS.status), params.get(URL_KEYS.query)),
    siteId: parseSiteId(params.get(URL_KEYS.site)),
  };
}

/** Absent (undefined) for "all", else the values in canonical order ([] = none). */
function serialiseSet<T extends string>(set: ReadonlySet<T>, allowed: ReadonlyArray<T>): T[] | undefined {
  const values = allowed.filter((value) => set.has(value));
  return values.length === allowed.length ? undefined : values;
}

/** A new URLSearchParams with the state written over `params` (other keys are kept). */
export function writeMapUrlState(params: URLSearchParams, state: Partial<MapUrlState>): URLSearchParams {
  const next = new URLSearchParams(params);
  // One value keeps its place in the query (a moving map must not reorder the link).
  const set = (key: string, value: string | undefined) => (value === undefined ? next.delete(key) : next.set(key, value));
  if ('view' in state) {
    const view = state.view && roundView(state.view);
    set(URL_KEYS.lon, view ? String(view.center[0]) : undefined);
    set(URL_KEYS.lat, view ? String(view.center[1]) : undefined);
    set(URL_KEYS.zoom, view ? String(view.zoom) : undefined);
  }
  if (state.filters) {
    writeList(next, URL_KEYS.domain, serialiseSet(state.filters.domains, DOMAINS));
    writeList(next, URL_KEYS.status, serialiseSet(state.filters.statuses, SITE_STATUSES));
    // Kept as typed (spaces included) so the search box shows the same text after a reload.
    set(URL_KEYS.query, state.filters.query.trim() === '' ? undefined : state.filters.query.slice(0, MAX_QUERY_LENGTH));
  }
  if ('siteId' in state) set(URL_KEYS.site, state.siteId || undefined);
  return next;
}
