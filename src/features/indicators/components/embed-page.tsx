import { useEffect, useMemo } from 'react';
import { useHref, useParams } from 'react-router';
import { DataError } from '../../../components/data-error';
import { Loading } from '../../../components/loading';
import { useLocalizedPath } from '../../../components/localized-link';
import { PageHeading } from '../../../components/page-heading';
import { SampleNotice } from '../../../components/sample-notice';
import { paths } from '../../../core/paths';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import { indicatorsMessages } from '../indicators-messages';
import { useIndicatorPageData, type IndicatorPageData } from '../use-indicator-page-data';
import { useIndicatorView } from '../use-indicator-view';
import { describeSeries } from '../utils/describe-series';
import { eventsInView } from '../utils/indicator-view';
import { ChartView } from './chart-view';
import { Findings } from './findings';
import { ReleaseNote } from './release-note';
import { EMBED_HEIGHT_MESSAGE } from './embed-message';
import '../indicators.css';
import '../indicator-page.css';

/**
 * Tells the page around the iframe how tall the embed is, whenever that changes, so the script in
 * the snippet can size the iframe to fit (OWID's embeds do the same). Without the script the
 * snippet's fixed height is used, which fits the whole embed at common widths.
 */
function usePostHeightToParent() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height, href: window.location.href }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
}

/**
 * /embed/indicators/:indicatorId — for an iframe on another site: only the chart, its sentence
 * and its source, with the range and series from the URL. It is routed outside the layout, so it
 * renders its own <main> landmark and single h1.
 */
export function EmbedPage() {
  const t = useMessages(indicatorsMessages);
  const { indicatorId = '' } = useParams();
  const state = useIndicatorPageData(indicatorId);
  usePostHeightToParent();
  let content;
  switch (state.kind) {
    case 'pending':
      content = <Loading lines={8} />;
      break;
    case 'error':
      content = (
        <>
          <PageHeading title={t.errorTitle} />
          <DataError error={state.error} onRetry={state.refetch} />
        </>
      );
      break;
    case 'not-found':
      content = (
        <>
          <PageHeading title={t.notFoundTitle} />
          <p>{t.notFoundText}</p>
        </>
      );
      break;
    case 'ready':
      content = <EmbedReady data={state.data} />;
      break;
  }
  return (
    <main id="main" className="embed" tabIndex={-1}>
      {content}
    </main>
  );
}

function EmbedReady({ data }: { data: IndicatorPageData }) {
  const t = useMessages(indicatorsMessages);
  const language = useLanguage();
  const localize = useLocalizedPath();
  const { indicator, areas, referenceAreas, sites, observations, rows, events, meta } = data;
  const name = pickText(indicator.name, language);
  const series = useMemo(() => describeSeries(observations, areas, sites, language, referenceAreas), [observations, areas, sites, language, referenceAreas]);
  const targets = useMemo(() => rows.flatMap((row) => (row.target ? [row.target] : [])), [rows]);
  const forecasts = useMemo(() => rows.flatMap((row) => (row.forecast ? [{ areaId: row.area.id, forecast: row.forecast }] : [])), [rows]);
  const { resolved, explicit } = useIndicatorView(series, targets);
  const shownEvents = useMemo(() => (resolved ? eventsInView(events, resolved.visible, resolved.from, resolved.to) : []), [events, resolved]);
  const query = explicit.toString();
  const fullHref = useHref(`${localize(paths.indicator(indicator.id))}${query ? `?${query}` : ''}`);

  return (
    <>
      <PageHeading title={name} />
      <ReleaseNote />
      {/* Chart first: an iframe shows its top, and the chart is what the host page embedded. */}
      {resolved && resolved.visible.length > 0 ? (
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
            compactEvents
          />
        </figure>
      ) : (
        <p>{t.noValuesInRange}</p>
      )}
      <Findings indicator={indicator} rows={rows} />
      {meta ? <SampleNotice meta={meta} /> : null}
      <p className="embed__source">
        {t.embedSource}:{' '}
        {indicator.source.url ? (
          <a href={indicator.source.url} target="_blank" rel="noopener noreferrer">
            {indicator.source.name}
          </a>
        ) : (
          indicator.source.name
        )}
        {' · '}
        <a href={fullHref} target="_top">
          {t.embedOpenFull}
        </a>
      </p>
    </>
  );
}
