import { DataError } from '../../components/data-error';
import { DataQualityNotice } from '../../components/data-quality-notice';
import { Loading } from '../../components/loading';
import { LocalizedLink } from '../../components/localized-link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../core/paths';
import { AreaCard } from './area-card';
import { HeadlineCard } from './headline-card';
import { headlineCandidates, pickHeadlines } from './headlines';
import { startMessages } from './start-messages';
import './start-page.css';
import { useLanguage } from '../../i18n/language';
import { formatList } from '../../i18n/plural';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import { useAreas, useIndicators, useMeta, useObservationsMany } from '../../lib/api/hooks';
import { commonMessages } from '../../components/common-messages';

function Headlines() {
  const t = useMessages(startMessages);
  const indicators = useIndicators();
  const areas = useAreas();
  const observations = useObservationsMany(indicators.data?.map((indicator) => indicator.id) ?? []);
  const error = indicators.error ?? areas.error ?? observations.error;
  if (error) return <DataError error={error} onRetry={() => [indicators, areas, observations].forEach((state) => state.refetch())} />;
  if (!indicators.data || !areas.data || !observations.data) return <Loading lines={4} />;
  const headlines = pickHeadlines(headlineCandidates(indicators.data, areas.data, observations.data), 4);
  return (
    <>
      <DataQualityNotice problems={[...indicators.problems, ...observations.problems]} />
      {headlines.length === 0 ? (
        <p>{t.noHeadlines}</p>
      ) : (
        <ul className="card-grid">
          {headlines.map((headline) => (
            <HeadlineCard key={`${headline.indicator.id}/${headline.area.id}`} headline={headline} />
          ))}
        </ul>
      )}
    </>
  );
}

export function StartPage() {
  const t = useMessages(startMessages);
  const common = useMessages(commonMessages);
  const language = useLanguage();
  const meta = useMeta();
  const areas = useAreas();
  const title = meta.data ? pickText(meta.data.title, language) : common.productName;
  const areaNames = areas.data?.map((area) => pickText(area.properties.name, language)) ?? [];
  const intro = areaNames.length > 0 ? t.intro(formatList(areaNames, language)) : t.introFallback;
  return (
    <div className="page">
      <PageHeading title={common.productName}>{title}</PageHeading>
      <p className="lead">{intro}</p>

      <section className="start-section" aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">{t.headlinesHeading}</h2>
        <Headlines />
      </section>

      <section className="start-section" aria-labelledby="districts-heading">
        <h2 id="districts-heading">{t.districtsHeading}</h2>
        {areas.error ? <DataError error={areas.error} onRetry={areas.refetch} /> : null}
        {areas.isPending ? <Loading lines={3} /> : null}
        <DataQualityNotice problems={areas.problems} />
        {areas.data ? (
          <ul className="card-grid">
            {areas.data.map((area) => (
              <AreaCard key={area.id} area={area} />
            ))}
          </ul>
        ) : null}
      </section>

      <section className="start-section next-steps" aria-labelledby="next-heading">
        <h2 id="next-heading">{t.nextHeading}</h2>
        <ul className="card-grid">
          <li className="card">
            <LocalizedLink to={paths.summary()}>{t.toSummary}</LocalizedLink>
            <p>{t.toSummaryText}</p>
          </li>
          <li className="card">
            <LocalizedLink to={paths.indicators()}>{t.toIndicators}</LocalizedLink>
            <p>{t.toIndicatorsText}</p>
          </li>
          <li className="card">
            <LocalizedLink to={paths.map()}>{t.toMap}</LocalizedLink>
            <p>{t.toMapText}</p>
          </li>
          <li className="card">
            <LocalizedLink to={paths.changes()}>{t.toChanges}</LocalizedLink>
            <p>{t.toChangesText}</p>
          </li>
        </ul>
      </section>
    </div>
  );
}
