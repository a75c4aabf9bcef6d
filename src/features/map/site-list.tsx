import { formatPlural } from '../../i18n/plural';
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { domainMessages } from '../../components/domain-messages';
import { LocalizedLink } from '../../components/localized-link';
import { paths } from '../../core/paths';
import { formatNumber } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText, textLanguage } from '../../core/text';
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { groupSitesByArea } from './filters';
import { siteStatusLabel } from './labels';
import { mapMessages } from './map-messages';
import { SiteSymbol } from './site-symbol';

/** How many sites the list renders at first and per "show more" (a list of 100 000 buttons helps no one). */
export const LIST_PAGE_SIZE = 200;

interface SiteListProps {
  sites: ReadonlyArray<SiteFeature>;
  areas: ReadonlyArray<AreaFeature>;
  selectedId: string | undefined;
  /** Group under district headings (the map page) or not (a district's own page). */
  groupByArea: boolean;
  /** The level of the district headings. */
  headingLevel: 2 | 3 | 4;
  /** Changes when the map selected a site: the list scrolls it into view. */
  revealToken: number;
  onSelect: (site: SiteFeature) => void;
}

/**
 * The accessible twin of the map: the same (filtered) sites as an ordinary list of buttons under
 * district headings. Selecting here selects on the map; a site selected on the map is marked
 * here (aria-current) and scrolled into view.
 */
export const SiteList = memo(function SiteList({ sites, areas, selectedId, groupByArea, headingLevel, revealToken, onSelect }: SiteListProps) {
  const t = useMessages(mapMessages);
  const domainNames = useMessages(domainMessages);
  const language = useLanguage();
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const listRef = useRef<HTMLDivElement>(null);
  // Sorting is the costly part with many sites; redo it only when the sites or the language change.
  const groups = useMemo(() => groupSitesByArea(sites, areas, language), [sites, areas, language]);
  const flat = useMemo(() => groups.flatMap((group) => group.sites), [groups]);
  // A site selected on the map is always in the rendered part of the list.
  const selectedIndex = selectedId === undefined ? -1 : flat.findIndex((site) => site.id === selectedId);
  const shown = Math.min(flat.length, Math.max(limit, selectedIndex + 1));
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';

  useEffect(() => {
    if (revealToken === 0 || selectedId === undefined) return;
    const button = listRef.current?.querySelector<HTMLElement>(`[data-site-id="${selectedId}"]`);
    button?.scrollIntoView?.({ block: 'nearest' });
  }, [revealToken, selectedId]);

  if (sites.length === 0) return null;

  let budget = shown;
  const renderSites = (list: ReadonlyArray<SiteFeature>): ReactNode => {
    const visible = list.slice(0, Math.max(0, budget));
    budget -= visible.length;
    if (visible.length === 0) return null;
    return (
      <ul className="site-list__items">
        {visible.map((site) => {
          const isSelected = site.id === selectedId;
          const name = pickText(site.properties.name, language);
          return (
            <li key={site.id}>
              <button
                type="button"
                className="site-list__button"
                data-site-id={site.id}
                aria-current={isSelected ? 'true' : undefined}
                onClick={() => onSelect(site)}
              >
                <SiteSymbol domain={site.properties.domain} status={site.properties.status} />
                <span className="site-list__text">
                  <span className="site-list__name" lang={textLanguage(site.properties.name, language)}>
                    {name}
                  </span>
                  <span className="site-list__meta">
                    {domainNames[site.properties.domain]} · {siteStatusLabel(site.properties.status, language)}
                    {isSelected ? <span className="visually-hidden"> ({t.selected})</span> : null}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <div className="site-list" ref={listRef}>
      {groupByArea
        ? groups.map((group) => {
            if (budget <= 0) return null;
            const name = pickText(group.area.properties.name, language);
            return (
              <div key={group.area.id} className="site-list__group">
                <div className="site-list__group-header">
                  <Heading className="site-list__area">
                    {name} <span className="muted tabular">({formatPlural(t.siteCount, group.sites.length, language)})</span>
                  </Heading>
                  <LocalizedLink to={paths.area(group.area.id)} className="site-list__area-link">
                    {t.aboutArea(name)}
                  </LocalizedLink>
                </div>
                {renderSites(group.sites)}
              </div>
            );
          })
        : renderSites(flat)}
      {shown < flat.length ? (
        <div className="site-list__more">
          <p className="muted">{t.showingFirst(formatNumber(shown, language), formatNumber(flat.length, language))}</p>
          <button type="button" className="button button--secondary" onClick={() => setLimit(shown + LIST_PAGE_SIZE)}>
            {t.showMore(formatNumber(Math.min(LIST_PAGE_SIZE, flat.length - shown), language))}
          </button>
        </div>
      ) : null}
    </div>
  );
});
