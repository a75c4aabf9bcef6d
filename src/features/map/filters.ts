/**
 * The filter logic shared by the list and the map: both show exactly `filterSites(...)`, so the
 * two can never disagree. Pure; sets are never mutated.
 */
import type { Language } from '../../i18n/language';
import { LOCALES } from '../../core/format';
import { pickText } from '../../core/text';
import type { AreaFeature, Domain, SiteFeature, SiteStatus } from '../../contract/schemas';
import { DOMAINS, SITE_STATUSES } from './site-symbols';

export interface SiteFilters {
  domains: ReadonlySet<Domain>;
  statuses: ReadonlySet<SiteStatus>;
  /** Words to find in a site's name or summary, in either language; '' finds every site. */
  query: string;
}

export const ALL_FILTERS: SiteFilters = { domains: new Set(DOMAINS), statuses: new Set(SITE_STATUSES), query: '' };

export function isShowingAll(filters: SiteFilters): boolean {
  return (
    DOMAINS.every((domain) => filters.domains.has(domain)) &&
    SITE_STATUSES.every((status) => filters.statuses.has(status)) &&
    searchWords(filters.query).length === 0
  );
}

/**
 * Text folded for searching: lower case, accents and ring/dots removed, so "arsta" finds
 * "Årsta" and "vallatorg" does not (words are matched, not letters across spaces).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The query's words, folded; empty when the query is blank. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

// Folded once per site object: filtering 100 000 sites on every keystroke must stay cheap.
const searchTexts = new WeakMap<SiteFeature, string>();
function searchText(site: SiteFeature): string {
  let text = searchTexts.get(site);
  if (text === undefined) {
    const { name, summary } = site.properties;
    text = foldForSearch([name.sv, name.en, summary?.sv, summary?.en].filter((part) => part !== undefined).join(' \n '));
    searchTexts.set(site, text);
  }
  return text;
}

/** Whether every word of the query occurs in the site's name or summary (sv or en). */
export function matchesSearch(site: SiteFeature, words: ReadonlyArray<string>): boolean {
  if (words.length === 0) return true;
  const text = searchText(site);
  return words.every((word) => text.includes(word));
}

export function matchesFilters(site: SiteFeature, filters: SiteFilters, words: ReadonlyArray<string> = searchWords(filters.query)): boolean {
  return filters.domains.has(site.properties.domain) && filters.statuses.has(site.properties.status) && matchesSearch(site, words);
}

/** The sites that pass the filters (and belong to `areaId`, when given), in their original order. */
export function filterSites(sites: ReadonlyArray<SiteFeature>, filters: SiteFilters, areaId?: string): SiteFeature[] {
  const words = searchWords(filters.query);
  return sites.filter((site) => (areaId === undefined || site.properties.areaId === areaId) && matchesFilters(site, filters, words));
}

/** A copy of the set with `value` added or removed. */
export function toggleValue<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

const collators = new Map<Language, Intl.Collator>();
function collator(language: Language): Intl.Collator {
  let found = collators.get(language);
  if (!found) {
    found = new Intl.Collator(LOCALES[language], { numeric: true, sensitivity: 'base' });
    collators.set(language, found);
  }
  return found;
}

export interface AreaGroup {
  area: AreaFeature;
  sites: SiteFeature[];
}

/**
 * Sites grouped by district in the order of areas.geojson, each group sorted by name in the
 * language's alphabetical order (å, ä, ö last in Swedish). Districts without sites are left out.
 */
export function groupSitesByArea(sites: ReadonlyArray<SiteFeature>, areas: ReadonlyArray<AreaFeature>, language: Language): AreaGroup[] {
  const compare = collator(language).compare;
  const byArea = new Map<string, SiteFeature[]>();
  for (const site of sites) {
    const list = byArea.get(site.properties.areaId);
    if (list) list.push(site);
    else byArea.set(site.properties.areaId, [site]);
  }
  const groups: AreaGroup[] = [];
  for (const area of areas) {
    const list = byArea.get(area.id);
    if (!list) continue;
    const named = list.map((site) => ({ site, name: pickText(site.properties.name, language) }));
    named.sort((a, b) => compare(a.name, b.name) || (a.site.id < b.site.id ? -1 : 1));
    groups.push({ area, sites: named.map((entry) => entry.site) });
  }
  return groups;
}
