/**
 * /changes — "Vad har ändrats" / "What changed": the updates of changes.json grouped by update,
 * filterable by district and domain (in the URL: ?area=…&domain=…), each change linking its
 * indicator page. Internal changes (the internal base's changes.json) only when signed in.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { DataError } from '../../components/data-error';
import { DataQualityNotice } from '../../components/data-quality-notice';
import { domainMessages } from '../../components/domain-messages';
import { InternalBadge } from '../../components/internal-badge';
import { Loading } from '../../components/loading';
import { LocalizedLink } from '../../components/localized-link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../core/paths';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import { changesQueryOptions, FEED_DOCUMENT, internalChangesQueryOptions } from '../../lib/api/changes';
import { documentUrl } from '../../lib/api/client';
import { useAreas, useDataBaseUrl, useGoals, useIndicators } from '../../lib/api/hooks';
import { useInternalCatalogue } from '../../lib/api/internal-access';
import { domainSchema, type AreaFeature } from '../../contract/schemas';
import { describeChange, updateTitle } from '../../core/describe-change';
import { formatUpdateDate } from '../../core/release-date';
import { useSearchState } from '../../lib/url/use-search-state';
import { changesMessages } from './changes-messages';
import { groupUpdates, type ChangeItem } from './group-changes';
import './changes.css';

function ChangeLine({ item, areaNames, goalTitles }: { item: ChangeItem; areaNames: ReadonlyMap<string, string>; goalTitles: ReadonlyMap<string, string> }) {
  const language = useLanguage();
  const t = useMessages(changesMessages);
  const { change, indicator } = item;
  return (
    <li className="change" data-internal-row={item.internal ? 'true' : undefined}>
      <LocalizedLink to={paths.indicator(indicator.id)}>{pickText(indicator.name, language)}</LocalizedLink>
      {item.internal ? <InternalBadge /> : null}
      <span className="muted"> · {areaNames.get(change.areaId) ?? change.areaId}</span>
      {change.goalId ? <span className="muted"> · {t.goal(goalTitles.get(change.goalId) ?? change.goalId)}</span> : null}
      <br />
      <span className="change__text">{describeChange(change, indicator, language, pickText(indicator.unit, language))}</span>
    </li>
  );
}

export function ChangesPage() {
  const t = useMessages(changesMessages);
  const domains = useMessages(domainMessages);
  const language = useLanguage();
  const id = useId();
  const [params, updateParams] = useSearchState();
  const baseUrl = useDataBaseUrl();
  const publicChanges = useQuery(changesQueryOptions(baseUrl));
  const internal = useInternalCatalogue();
  const internalChanges = useQuery({ ...internalChangesQueryOptions(internal.baseUrl ?? ''), enabled: internal.baseUrl !== undefined });
  const indicators = useIndicators();
  const areas = useAreas();
  const domain = domainSchema.safeParse(params.get('domain')).data;
  const districts = useMemo(() => (areas.data ?? []).filter((area: AreaFeature) => (area.properties as { role?: string }).role !== 'reference'), [areas.data]);
  const area = districts.some((candidate) => candidate.id === params.get('area')) ? (params.get('area') ?? undefined) : undefined;
  const areaNames = useMemo(() => new Map((areas.data ?? []).map((item) => [item.id, pickText(item.properties.name, language)])), [areas.data, language]);
  // A change names its goal by title; the id only if goals.json is unavailable or lacks it.
  const goals = useGoals();
  const goalTitles = useMemo(() => new Map((goals.data ?? []).map((goal) => [goal.id, pickText(goal.title, language)])), [goals.data, language]);
  const groups = useMemo(
    () => (indicators.data ? groupUpdates({ public: publicChanges.data, internal: internalChanges.data }, indicators.data, { area, domain }) : []),
    [publicChanges.data, internalChanges.data, indicators.data, area, domain],
  );
  const setFilter = (name: 'area' | 'domain', value: string) =>
    updateParams((latest) => {
      if (value) latest.set(name, value);
      else latest.delete(name);
      return latest;
    });
  const error = publicChanges.error ?? indicators.error ?? areas.error;
  const pending = publicChanges.isPending || indicators.isPending || areas.isPending;

  return (
    <div className="page changes-page">
      <PageHeading title={t.title} />
      <p className="lead">{t.intro}</p>
      <p>
        <a href={documentUrl(baseUrl, FEED_DOCUMENT)} type="application/atom+xml">
          {t.feedLink}
        </a>
      </p>
      <form className="changes-filters no-print" aria-label={t.filtersHeading} onSubmit={(event) => event.preventDefault()}>
        <div className="changes-filters__field">
          <label htmlFor={`${id}-area`}>{t.filterDistrict}</label>
          <select id={`${id}-area`} value={area ?? ''} onChange={(event) => setFilter('area', event.target.value)}>
            <option value="">{t.all}</option>
            {districts.map((item) => (
              <option key={item.id} value={item.id}>
                {pickText(item.properties.name, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="changes-filters__field">
          <label htmlFor={`${id}-domain`}>{t.filterDomain}</label>
          <select id={`${id}-domain`} value={domain ?? ''} onChange={(event) => setFilter('domain', event.target.value)}>
            <option value="">{t.all}</option>
            {domainSchema.options.map((item) => (
              <option key={item} value={item}>
                {domains[item]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error ? <DataError error={error} /> : null}
      {internalChanges.error ? <DataError error={internalChanges.error} /> : null}
      <DataQualityNotice problems={[...indicators.problems, ...areas.problems]} />
      {pending && !error ? <Loading /> : null}
      {!pending && !error && groups.length === 0 ? <p>{area || domain ? t.noneFiltered : t.none}</p> : null}
      {groups.map((group) => {
        const headingId = `update-${group.updated}`;
        return (
          <section key={group.updated} className="changes-update" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {updateTitle({ updated: group.updated, restoredTo: group.restoredTo, changes: group.items.map((item) => item.change) }, language)}
            </h2>
            {group.previousUpdated ? <p className="muted">{t.since(formatUpdateDate(group.previousUpdated, language))}</p> : null}
            <ul className="changes-list">
              {group.items.map((item, index) => (
                <ChangeLine key={`${item.internal ? 'i' : 'p'}-${index}`} item={item} areaNames={areaNames} goalTitles={goalTitles} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
