import { InternalBadge } from '../../../components/internal-badge';
import { lazy, Suspense, useId, useMemo, useState, useRef } from 'react';
import { useParams } from 'react-router';
import { DataError } from '../../../components/data-error';
import { DataQualityNotice } from '../../../components/data-quality-notice';
import { Loading } from '../../../components/loading';
import { LocalizedLink } from '../../../components/localized-link';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../core/paths';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import { WhenHydrated } from '../../../components/when-hydrated';
import { hydrateLater } from '../../../lib/dom/hydrate-later';
import { PHONE_QUERY, useMediaQuery } from '../../../lib/media/use-media-query';
import { useSearchState } from '../../../lib/url/use-search-state';
import { indicatorsMessages } from '../indicators-messages';
import { useIndicatorPageData, type IndicatorPageData } from '../use-indicator-page-data';
import { useIndicatorView } from '../use-indicator-view';
import { describeSeries } from '../utils/describe-series';
import { eventsInView } from '../utils/indicator-view';
import { ChartTabs } from './chart-tabs';
import { ChartView } from './chart-view';
import { LazyDataTable, prepareDataTable } from './lazy-data-table';
import { Findings } from './findings';
import { StaleNotice } from './stale-notice';
import { ViewControls } from './view-controls';
import '../indicators.css';
import '../indicator-page.css';

// The end of the page (dataset zip, citation, "Ask about this") loads after the page itself, so
// it stays off the route's critical path (the 160 KB budget).
const IndicatorReuse = lazy(() => import('./indicator-reuse').then((module) => ({ default: module.IndicatorReuse })));

// In the prerendered page from the start, but hydrated after the rest (src/lib/dom/hydrate-later.tsx):
// the release choice, the key figures, the downloads and share panel and the metadata are not what
// a reader's first moments need (the finding and the chart are), and their code kept the route
// over the 160 KB budget. Their props keep their identity between renders.
const ReleaseChoice = hydrateLater(() => import('./release-choice').then((module) => module.ReleaseChoice));
const KeyNumbers = hydrateLater(() => import('./key-numbers').then((module) => module.KeyNumbers));
const IndicatorActions = hydrateLater(() => import('./indicator-actions').then((module) => module.IndicatorActions));
const MetadataPanel = hydrateLater(() => import('./metadata-panel').then((module) => module.MetadataPanel));

/** Starts loading the later-hydrated parts: the route module calls it, so a client navigation loads them with the page. */
export function preloadIndicatorPageParts(): void {
  for (const part of [ReleaseChoice, KeyNumbers, IndicatorActions, MetadataPanel]) void part.preload();
}

/** /indicators/:indicatorId — finding, chart | table, metadata, downloads and share. */
export function IndicatorPage() {
  const t = useMessages(indicatorsMessages);
  const { indicatorId = '' } = useParams();
  const state = useIndicatorPageData(indicatorId);

  switch (state.kind) {
    case 'pending':
      return <Loading lines={10} />;
    case 'error':
      return (
        <div className="page">
          <PageHeading title={t.errorTitle} />
          <DataError error={state.error} onRetry={state.refetch} />
          <p>
            <LocalizedLink to={paths.indicators()}>{t.backToCatalogue}</LocalizedLink>
          </p>
        </div>
      );
    case 'not-found':
      return <IndicatorNotFound />;
    case 'ready':
      return <IndicatorReady data={state.data} problems={state.problems} />;
  }
}

export function IndicatorNotFound() {
  const t = useMessages(indicatorsMessages);
  return (
    <div className="page">
      <PageHeading title={t.notFoundTitle} />
      <p>{t.notFoundText}</p>
      <p>
        <LocalizedLink to={paths.indicators()}>{t.backToCatalogue}</LocalizedLink>
      </p>
    </div>
  );
}

function IndicatorReady({ data, problems }: { data: IndicatorPageData; problems: Parameters<typeof DataQualityNotice>[0]['problems'] }) {
  const t = useMessages(indicatorsMessages);
  const language = useLanguage();
  const headingId = useId();
  const metaHeadingId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const { indicator, areas, referenceAreas, sites, observations, rows, goals, events } = data;
  const name = pickText(indicator.name, language);
  const series = useMemo(() => describeSeries(observations, areas, sites, language, referenceAreas), [observations, areas, sites, language, referenceAreas]);
  const targets = useMemo(() => rows.flatMap((row) => (row.target ? [row.target] : [])), [rows]);
  const forecasts = useMemo(() => rows.flatMap((row) => (row.forecast ? [{ areaId: row.area.id, forecast: row.forecast }] : [])), [rows]);
  const areaNames = useMemo(() => new Map(areas.map((area) => [area.id, pickText(area.properties.name, language)])), [areas, language]);
  const view = useIndicatorView(series, targets);
  const { resolved } = view;
  const shownEvents = useMemo(() => (resolved ? eventsInView(events, resolved.visible, resolved.from, resolved.to) : []), [events, resolved]);
  // Phones: the chart on the first screen. The findings shrink to their first sentence,
  // the view controls fold behind one line, and the key numbers and the download and share
  // actions follow the chart — in the DOM too, so the reading order is the visual order.
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [searchParams] = useSearchState();
  // Open at the start when the link narrows the view, so what hides values is never out of sight.
  const [controlsOpenAtStart] = useState(() => ['from', 'to', 'series'].some((key) => searchParams.has(key)));

  const actions = resolved ? (
    <IndicatorActions
      indicator={indicator}
      indicatorName={name}
      visible={resolved.visible}
      from={resolved.from}
      to={resolved.to}
      targets={targets}
      viewQuery={view.explicit.toString()}
      figureRef={figureRef}
    />
  ) : null;
  const controls =
    resolved && view.span ? (
      <ViewControls
        span={view.span}
        from={resolved.from}
        to={resolved.to}
        series={series}
        visibleKeys={new Set(resolved.visible.map((item) => item.key))}
        onRange={(range) => view.update(range)}
        onSeries={(keys) => view.update({ series: keys })}
      />
    ) : null;

  return (
    <div className="page indicator-page">
      <p className="indicator-page__back no-print">
        <LocalizedLink to={paths.indicators()}>{t.backToCatalogue}</LocalizedLink>
      </p>
      <PageHeading title={name}>
        {indicator.visibility === 'internal' ? (
          <>
            {name}
            <InternalBadge />
          </>
        ) : undefined}
      </PageHeading>
      <ReleaseChoice />
      <StaleNotice indicator={indicator} observations={observations} />
      <Findings indicator={indicator} rows={rows} compact={isPhone} />
      {isPhone ? null : <KeyNumbers indicator={indicator} rows={rows} />}
      <DataQualityNotice problems={problems} />
      {data.goalsError ? <DataError error={data.goalsError} /> : null}

      <section className="indicator-figure" aria-labelledby={headingId} ref={figureRef}>
        <div className="indicator-figure__header">
          <h2 id={headingId}>{t.chartHeading}</h2>
          {isPhone ? null : actions}
        </div>
        {resolved && view.span ? (
          <>
            {isPhone ? (
              <details className="indicator-fold no-print" open={controlsOpenAtStart || undefined}>
                <summary>{t.viewControlsFold}</summary>
                {controls}
              </details>
            ) : (
              controls
            )}
            {resolved.visible.length === 0 ? (
              <p className="indicator-figure__empty">{t.seriesNone}</p>
            ) : (
              <ChartTabs
                selected={resolved.view}
                onSelect={(tab) => view.update({ view: tab })}
                chart={
                  <figure className="indicator-figure__figure">
                    <ChartView
                      indicator={indicator}
                      visible={resolved.visible}
                      targets={targets}
                      forecasts={forecasts}
                      events={shownEvents}
                      from={resolved.from}
                      to={resolved.to}
                      label={t.chartLabel(name)}
                    />
                  </figure>
                }
                onTabsIntent={prepareDataTable}
                table={
                  <LazyDataTable
                    indicator={indicator}
                    visible={resolved.visible}
                    from={resolved.from}
                    to={resolved.to}
                    events={shownEvents}
                    areaNames={areaNames}
                    forecasts={forecasts}
                  />
                }
              />
            )}
          </>
        ) : (
          <p>{t.noValuesInRange}</p>
        )}
        {isPhone ? actions : null}
        {data.eventsError ? <DataError error={data.eventsError} /> : null}
      </section>

      {isPhone ? <KeyNumbers indicator={indicator} rows={rows} /> : null}

      <section className="indicator-meta" aria-labelledby={metaHeadingId}>
        <h2 id={metaHeadingId}>{t.metadataHeading}</h2>
        <MetadataPanel indicator={indicator} series={series} goals={goals} areaNames={areaNames} />
      </section>

      {/* Loads after the page (and not in a prerendered page: after the browser takes over). */}
      <WhenHydrated>
        <Suspense fallback={null}>
          <IndicatorReuse indicator={indicator} observations={observations} />
        </Suspense>
      </WhenHydrated>
    </div>
  );
}
