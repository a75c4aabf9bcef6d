import { memo, useId, useMemo, useState } from 'react';
import { domainMessages } from '../../components/domain-messages';
import { formatNumber } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import type { Domain, SiteFeature, SiteStatus } from '../../contract/schemas';
import { ALL_FILTERS, isShowingAll, toggleValue, type SiteFilters } from './filters';
import { siteStatusLabel } from './labels';
import { mapMessages } from './map-messages';
import { MAX_QUERY_LENGTH } from './url-state';
import { DomainSymbol, StatusSymbol } from './site-symbol';
import { DOMAINS, SITE_STATUSES } from './site-symbols';

interface FilterControlsProps {
  filters: SiteFilters;
  /** All sites (before filtering), for the count beside each choice. */
  sites: ReadonlyArray<SiteFeature>;
  onChange: (filters: SiteFilters) => void;
}

/**
 * A search box and the domain and status filters as real checkboxes in fieldsets; each choice
 * shows the symbol the map uses, so the filters double as a legend. Both the list and the map
 * follow them.
 */
export const FilterControls = memo(function FilterControls({ filters, sites, onChange }: FilterControlsProps) {
  const t = useMessages(mapMessages);
  const domainNames = useMessages(domainMessages);
  const language = useLanguage();
  const searchId = useId();
  // The box keeps what is typed; the URL follows it. When the URL changes the query from outside
  // ("show all", back button), the box takes the new text (adjusting state during render).
  // Compared trimmed: blank text is not written to the URL, and must not be wiped while typed.
  const [text, setText] = useState(filters.query);
  const [sentQuery, setSentQuery] = useState(filters.query);
  if (filters.query.trim() !== sentQuery.trim()) {
    setSentQuery(filters.query);
    setText(filters.query);
  }
  const search = (value: string) => {
    setText(value);
    setSentQuery(value);
    onChange({ ...filters, query: value });
  };
  const { byDomain, byStatus } = useMemo(() => {
    const domains = new Map<Domain, number>();
    const statuses = new Map<SiteStatus, number>();
    for (const site of sites) {
      domains.set(site.properties.domain, (domains.get(site.properties.domain) ?? 0) + 1);
      statuses.set(site.properties.status, (statuses.get(site.properties.status) ?? 0) + 1);
    }
    return { byDomain: domains, byStatus: statuses };
  }, [sites]);
  return (
    <section className="map-filters" aria-labelledby="map-filters-heading">
      <h2 id="map-filters-heading" className="map-filters__heading">
        {t.filtersHeading}
      </h2>
      <div className="map-filters__groups">
        <div className="map-filters__search">
          <label htmlFor={searchId}>{t.searchLabel}</label>
          <input
            id={searchId}
            type="search"
            value={text}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => search(event.target.value)}
          />
          <p id={`${searchId}-hint`} className="muted map-filters__hint">
            {t.searchHint}
          </p>
        </div>
        <fieldset className="map-filters__group">
          <legend>{t.domainLegend}</legend>
          <div className="map-filters__choices">
            {DOMAINS.map((domain) => (
              <label key={domain} className="map-filters__choice">
                <input
                  type="checkbox"
                  checked={filters.domains.has(domain)}
                  onChange={() => onChange({ ...filters, domains: toggleValue(filters.domains, domain) })}
                />
                <DomainSymbol domain={domain} />
                <span>
                  {domainNames[domain]} <span className="muted tabular">({formatNumber(byDomain.get(domain) ?? 0, language)})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="map-filters__group">
          <legend>{t.statusLegend}</legend>
          <div className="map-filters__choices">
            {SITE_STATUSES.map((status) => (
              <label key={status} className="map-filters__choice">
                <input
                  type="checkbox"
                  checked={filters.statuses.has(status)}
                  onChange={() => onChange({ ...filters, statuses: toggleValue(filters.statuses, status) })}
                />
                <StatusSymbol status={status} />
                <span>
                  {siteStatusLabel(status, language)} <span className="muted tabular">({formatNumber(byStatus.get(status) ?? 0, language)})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {isShowingAll(filters) ? null : (
        <button type="button" className="button button--secondary" onClick={() => onChange(ALL_FILTERS)}>
          {t.showAll}
        </button>
      )}
    </section>
  );
});
