/**
 * The plain-language sentence about a district's sites: how many, in which domains, and how far
 * they have come. Pure: the language and the names are parameters.
 *   "I Alfastaden finns 2 pilotplatser inom energi. 1 är klar och 1 pågår."
 *   "Beta Harbour has 2 pilot sites in mobility and housing. 1 is completed and 1 is planned."
 */
import { domainMessages } from '../../components/domain-messages';
import type { Language } from '../../i18n/language';
import { formatList, formatPlural } from '../../i18n/plural';
import type { Domain, SiteStatus } from '../../contract/schemas';
import { areaMessages } from './area-messages';

const DOMAIN_ORDER: ReadonlyArray<Domain> = ['energy', 'mobility', 'housing'];
const STATUS_ORDER: ReadonlyArray<SiteStatus> = ['completed', 'in-progress', 'planned'];

export interface AreaSitesInput {
  language: Language;
  areaName: string;
  sites: ReadonlyArray<{ properties: { domain: Domain; status: SiteStatus } }>;
}

export function describeAreaSites({ language, areaName, sites }: AreaSitesInput): string {
  const t = areaMessages[language];
  if (sites.length === 0) return t.sitesNone(areaName);
  const list = (items: string[]) => formatList(items, language);
  const domains = DOMAIN_ORDER.filter((domain) => sites.some((site) => site.properties.domain === domain));
  // Domain names run inside the sentence: lower case in Swedish ("inom energi och mobilitet").
  const domainNames = domains.map((domain) => (language === 'sv' ? domainMessages.sv[domain].toLowerCase() : domainMessages.en[domain].toLowerCase()));
  const intro = t.sitesIntro(areaName, formatPlural(t.sitesCount, sites.length, language), list(domainNames));
  const counts = STATUS_ORDER.map((status) => [status, sites.filter((site) => site.properties.status === status).length] as const).filter(
    ([, count]) => count > 0,
  );
  if (counts.length === 1 && sites.length > 1) {
    const [status] = counts[0] ?? [];
    return `${intro} ${status === 'completed' ? t.allCompleted : status === 'in-progress' ? t.allInProgress : t.allPlanned}`;
  }
  const parts = counts.map(([status, count]) =>
    formatPlural(status === 'completed' ? t.statusCompleted : status === 'in-progress' ? t.statusInProgress : t.statusPlanned, count, language),
  );
  return `${intro} ${list(parts)}.`;
}
