import { useId } from 'react';
import { domainMessages } from '../../../components/domain-messages';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import { domainSchema, type AreaFeature } from '../../../contract/schemas';
import { statusLabel } from '../../../core/status-label';
import { catalogueMessages } from '../catalogue-messages';
import { hasActiveFilters, SORT_KEYS, STATUS_FILTERS, type CatalogueState, type SortKey, type StatusFilter } from '../utils/catalogue';
import { useColumnLabels } from './catalogue-columns';
import { ResponsibleFilter } from './responsible-filter';
import type { ResponsibleOption } from '../utils/responsible';

interface CatalogueFiltersProps {
  state: CatalogueState;
  areas: ReadonlyArray<AreaFeature>;
  onChange: (patch: Partial<CatalogueState>) => void;
  onClear: () => void;
  /** Organisations responsible for targets; the filter shows only when there are some. */
  responsibles?: ReadonlyArray<ResponsibleOption>;
}

/** Filters and sort as real form controls; every change is written to the URL by the page. */
export function CatalogueFilters({ state, areas, onChange, onClear, responsibles = [] }: CatalogueFiltersProps) {
  const t = useMessages(catalogueMessages);
  const domains = useMessages(domainMessages);
  const columns = useColumnLabels();
  const language = useLanguage();
  const id = useId();
  const statusText = (status: StatusFilter) => (status === 'overdue' ? t.statusOverdue : status === 'none' ? t.statusNoTarget : statusLabel(status, language));

  return (
    <form className="catalogue-filters no-print" role="search" aria-label={t.filtersHeading} onSubmit={(event) => event.preventDefault()}>
      <div className="field field--wide">
        <label htmlFor={`${id}-q`}>{t.filterText}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={state.q}
          placeholder={t.filterTextHint}
          autoComplete="off"
          onChange={(event) => onChange({ q: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-domain`}>{t.filterDomain}</label>
        <select id={`${id}-domain`} value={state.domain ?? ''} onChange={(event) => onChange({ domain: domainSchema.safeParse(event.target.value).data })}>
          <option value="">{t.all}</option>
          {domainSchema.options.map((domain) => (
            <option key={domain} value={domain}>
              {domains[domain]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-area`}>{t.filterDistrict}</label>
        <select id={`${id}-area`} value={state.area ?? ''} onChange={(event) => onChange({ area: event.target.value || undefined })}>
          <option value="">{t.all}</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {pickText(area.properties.name, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t.filterStatus}</label>
        <select
          id={`${id}-status`}
          value={state.status ?? ''}
          onChange={(event) => onChange({ status: STATUS_FILTERS.find((status) => status === event.target.value) })}
        >
          <option value="">{t.all}</option>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {statusText(status)}
            </option>
          ))}
        </select>
      </div>
      <ResponsibleFilter options={responsibles} value={state.responsible} onChange={(responsible) => onChange({ responsible })} />
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t.sortBy}</label>
        <select id={`${id}-sort`} value={state.sort ?? ''} onChange={(event) => onChange({ sort: SORT_KEYS.find((key) => key === event.target.value) })}>
          <option value="">{t.sortNone}</option>
          {SORT_KEYS.map((key: SortKey) => (
            <option key={key} value={key}>
              {columns[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dir`}>{t.sortDirection}</label>
        <select
          id={`${id}-dir`}
          value={state.dir}
          disabled={!state.sort}
          onChange={(event) => onChange({ dir: event.target.value === 'desc' ? 'desc' : 'asc' })}
        >
          <option value="asc">{t.sortAscending}</option>
          <option value="desc">{t.sortDescending}</option>
        </select>
      </div>
      {hasActiveFilters(state) ? (
        <div className="field field--action">
          <button type="button" className="button button--secondary" onClick={onClear}>
            {t.clearFilters}
          </button>
        </div>
      ) : null}
    </form>
  );
}
