/**
 * The summary's choices in the URL, so a shared link (or a printed QR code) restores the same
 * view: `?compare=per-resident&domain=energy&order=behind-first&show=behind`. The language is the path prefix (`/en/summary`).
 * Defaults are left out of the URL; unknown or malformed values fall back to the defaults, so an
 * old or hand-edited link still opens a working page.
 */
import { domainSchema, type Domain } from '../../contract/schemas';
import type { ComparisonMode } from './comparison';

export const COMPARISON_MODES: ReadonlyArray<ComparisonMode> = ['absolute', 'per-resident', 'per-m2'];
export const DOMAINS: ReadonlyArray<Domain> = domainSchema.options;

export interface SummaryState {
  compare: ComparisonMode;
  /** Only goals' targets for indicators of this domain; undefined: every domain. */
  domain: Domain | undefined;
  /** `behind-first`: goals with targets off track or at risk first; undefined: goals.json order. */
  order?: 'behind-first' | undefined;
  /** `behind`: only goals with a target off track or at risk; undefined: every goal. */
  show?: 'behind' | undefined;
}

export const DEFAULT_SUMMARY_STATE: SummaryState = { compare: 'absolute', domain: undefined };

export const PARAM_COMPARE = 'compare';
export const PARAM_DOMAIN = 'domain';
export const PARAM_ORDER = 'order';
export const PARAM_SHOW = 'show';

function isMode(value: string | null): value is ComparisonMode {
  return value !== null && (COMPARISON_MODES as ReadonlyArray<string>).includes(value);
}

function isDomain(value: string | null): value is Domain {
  return value !== null && (DOMAINS as ReadonlyArray<string>).includes(value);
}

/** Reads the choices from the query string; anything unknown gives the default. */
export function parseSummaryState(params: URLSearchParams): SummaryState {
  const compare = params.get(PARAM_COMPARE);
  const domain = params.get(PARAM_DOMAIN);
  return {
    compare: isMode(compare) ? compare : DEFAULT_SUMMARY_STATE.compare,
    domain: isDomain(domain) ? domain : DEFAULT_SUMMARY_STATE.domain,
    order: params.get(PARAM_ORDER) === 'behind-first' ? 'behind-first' : undefined,
    show: params.get(PARAM_SHOW) === 'behind' ? 'behind' : undefined,
  };
}

/** The query string for the choices, defaults left out, always in the same order. */
export function writeSummaryState(state: SummaryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.compare !== DEFAULT_SUMMARY_STATE.compare) params.set(PARAM_COMPARE, state.compare);
  if (state.domain !== undefined) params.set(PARAM_DOMAIN, state.domain);
  if (state.order !== undefined) params.set(PARAM_ORDER, state.order);
  if (state.show !== undefined) params.set(PARAM_SHOW, state.show);
  return params;
}

/** `?compare=per-resident` or '' for the defaults. */
export function summarySearch(state: SummaryState): string {
  const query = writeSummaryState(state).toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * The absolute link to the view, for the printed brief and its QR code. It always carries the
 * language prefix (`/sv/…` or `/en/…`), so the link opens in the language it was printed in
 * whatever the deployment's default language is.
 */
export function shareUrl({
  origin,
  basePath,
  language,
  summaryPath,
  state,
}: {
  origin: string;
  basePath: string;
  language: string;
  summaryPath: string;
  state: SummaryState;
}): string {
  const base = basePath.replace(/\/+$/, '');
  const path = `${base}/${language}${summaryPath}${summarySearch(state)}`;
  // A prerendered page does not know its origin yet: the path alone, until the browser has hydrated.
  return origin ? new URL(path, origin).toString() : path;
}
