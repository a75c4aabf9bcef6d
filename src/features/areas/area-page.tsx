import { useParams } from 'react-router';
import { LazyAskAbout } from '../../components/lazy-ask-about';
import { DataError } from '../../components/data-error';
import { Loading } from '../../components/loading';
import { LocalizedLink } from '../../components/localized-link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../core/paths';
import { areaMessages } from './area-messages';
import { AreaIndicators } from './area-indicators';
import { AreaIntro } from './area-intro';
import { AreaTimeline } from './area-timeline';
import './area.css';
import type { ReactNode } from 'react';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import { useAreas, useEvents, useSites } from '../../lib/api/hooks';

/**
 * /areas/:areaId — a small start page for one district: its introduction, its headline
 * indicators with status, its sites on a small map and as a list, and its events as a timeline.
 * The sites come from the map feature, which this feature must not import: the route passes
 * them in as `renderSites`.
 */
export function AreaPage({ renderSites }: { renderSites: (areaId: string) => ReactNode }) {
  const t = useMessages(areaMessages);
  const language = useLanguage();
  const { areaId = '' } = useParams();
  const areas = useAreas();
  const sites = useSites();
  const events = useEvents();

  if (areas.error) {
    return (
      <div className="page">
        <PageHeading title={t.loadingTitle} />
        <DataError error={areas.error} onRetry={areas.refetch} />
      </div>
    );
  }
  if (!areas.data) {
    return (
      <div className="page">
        <PageHeading title={t.loadingTitle} />
        <Loading lines={6} />
      </div>
    );
  }
  const area = areas.data.find((candidate) => candidate.id === areaId);
  if (!area) {
    return (
      <div className="page">
        <PageHeading title={t.notFoundTitle} />
        <p>{t.notFoundText(areaId)}</p>
        <p>
          <LocalizedLink to={paths.map()}>{t.toMap}</LocalizedLink>
        </p>
      </div>
    );
  }
  const name = pickText(area.properties.name, language);
  const areaSites = sites.data?.filter((site) => site.properties.areaId === area.id);
  return (
    <div className="page page--area">
      <PageHeading title={name} />
      <AreaIntro area={area} sites={areaSites} />

      <section className="district-section" aria-labelledby="district-indicators-heading">
        <h2 id="district-indicators-heading">{t.indicatorsHeading}</h2>
        <AreaIndicators area={area} />
      </section>

      <section className="district-section" aria-labelledby="district-sites-heading">
        <h2 id="district-sites-heading">{t.sitesHeading}</h2>
        {renderSites(area.id)}
        <p>
          <LocalizedLink to={paths.map()}>{t.toMap}</LocalizedLink>
        </p>
      </section>

      <section className="district-section" aria-labelledby="district-timeline-heading">
        <h2 id="district-timeline-heading">{t.timelineHeading}</h2>
        {events.error ? (
          <DataError error={events.error} onRetry={events.refetch} />
        ) : events.data ? (
          <AreaTimeline area={area} events={events.data} sites={sites.data ?? []} />
        ) : (
          <Loading lines={3} />
        )}
      </section>

      <LazyAskAbout about={{ kind: 'area', id: area.id, name }} />
    </div>
  );
}
