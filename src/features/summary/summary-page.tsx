import { lazy, Suspense, useState, type ReactNode } from 'react';
import { DataError } from '../../components/data-error';
import { IncludeInternalToggle, PrintInternalNotice, usePrinting } from '../../components/include-internal';
import { InternalScope } from '../../lib/api/internal-access';
import { DataQualityNotice } from '../../components/data-quality-notice';
import { domainMessages } from '../../components/domain-messages';
import { usePageOrigin } from '../../lib/dom/use-hydrated';
import { Loading } from '../../components/loading';
import { LocalizedLink } from '../../components/localized-link';
import { PageHeading } from '../../components/page-heading';
import { OverdueFlag, StatusBadge } from '../../components/status-badge';
import { paths } from '../../core/paths';
import { formatDate, formatNumber } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import { useMeta } from '../../lib/api/hooks';
import { useToday } from '../../lib/clock';
import { TARGET_STATUSES } from '../../core/status';
import { GoalCard } from './goal-card';
import { arrangeGoals, type Scorecard } from './scorecard';
import { ShareBlock } from './share-block';
import { SummaryControls, useComparisonLabels } from './summary-controls';
import { summaryMessages } from './summary-messages';
import { describeAreaCounts, describeComparisonRule, describeOverall, describeOverdueCount } from './summary-sentences';
import { shareUrl, summarySearch, type SummaryState } from './url-state';
import { useScorecard } from './use-scorecard';
import { ExpectedHeadline } from './assessment-summary';
import { ForecastCount } from './forecast-line';
import { useSummaryState } from './use-summary-state';
import './summary.css';

// The download buttons sit below the cards and load after them, so the summary's own JavaScript
// does not grow; the fallback keeps their place (heading and one line of buttons), so nothing shifts.
const ComparisonDownloads = lazy(() => import('./comparison-downloads').then((module) => ({ default: module.ComparisonDownloads })));

function DownloadsPlaceholder() {
  const t = useMessages(summaryMessages);
  return (
    <section className="summary-downloads no-print" aria-labelledby="summary-downloads-heading">
      <h2 id="summary-downloads-heading">{t.downloadHeading}</h2>
      <div className="summary-downloads__placeholder" />
    </section>
  );
}

function Overall({ scorecard }: { scorecard: Scorecard }) {
  const t = useMessages(summaryMessages);
  const language = useLanguage();
  const { counts } = scorecard;
  const overdue = describeOverdueCount(scorecard.overdue, language);
  return (
    <section className="summary-overall" aria-labelledby="summary-overall-heading">
      <h2 id="summary-overall-heading" className="visually-hidden">
        {t.overallHeading}
      </h2>
      <p className="summary-overall__headline">{describeOverall(counts, language)}</p>
      <ExpectedHeadline scorecard={scorecard} />
      {scorecard.forecastCounts.total > 0 ? <ForecastCount counts={scorecard.forecastCounts} /> : null}
      {counts.total > 0 ? (
        <>
          <ul className="summary-overall__counts" aria-label={t.statusCountsLabel}>
            {TARGET_STATUSES.map((status) => (
              <li key={status}>
                <StatusBadge status={status} size="sm" /> <span className="summary-overall__count tabular">{formatNumber(counts[status], language)}</span>
              </li>
            ))}
            {scorecard.overdue > 0 ? (
              <li>
                <OverdueFlag size="sm" /> <span className="summary-overall__count tabular">{formatNumber(scorecard.overdue, language)}</span>
              </li>
            ) : null}
          </ul>
          <ul className="summary-overall__areas">
            {scorecard.byArea.map(({ area, counts: areaCounts }) => (
              <li key={area.id}>{describeAreaCounts(pickText(area.properties.name, language), areaCounts, language)}</li>
            ))}
            {overdue ? <li>{overdue}</li> : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Sources({ scorecard }: { scorecard: Scorecard }) {
  const t = useMessages(summaryMessages);
  const language = useLanguage();
  if (scorecard.sources.length === 0) return null;
  return (
    <section className="summary-sources" aria-labelledby="summary-sources-heading">
      <h2 id="summary-sources-heading">{t.sourcesHeading}</h2>
      <ul>
        {scorecard.sources.map(({ source, indicators }) => (
          <li key={`${source.name}|${source.url ?? ''}`}>
            {source.url ? <a href={source.url}>{source.name}</a> : source.name}{' '}
            <span className="muted summary-sources__indicators">({indicators.map((indicator) => pickText(indicator.name, language)).join(', ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The address of this view, with the page's origin once hydrated (`hydrated`); the path alone
 * before. Read only in the leaves below: the origin differs between the prerendered page and the
 * browser, and the component that reads it renders again after hydration (200 ms at 4× CPU in one
 * task when the whole page read it).
 */
function useShareUrl(state: SummaryState): { url: string; hydrated: boolean } {
  const language = useLanguage();
  const origin = usePageOrigin();
  return { url: shareUrl({ origin, basePath: import.meta.env.BASE_URL, language, summaryPath: paths.summary(), state }), hydrated: origin !== '' };
}

function SummaryShare({ state }: { state: SummaryState }) {
  return <ShareBlock url={useShareUrl(state).url} />;
}

/** The download buttons load after the page; a prerendered page shows their placeholder until hydrated. */
function SummaryDownloads({ scorecard, state }: { scorecard: Scorecard; state: SummaryState }) {
  const { url, hydrated } = useShareUrl(state);
  if (!hydrated) return <DownloadsPlaceholder />;
  return (
    <Suspense fallback={<DownloadsPlaceholder />}>
      <ComparisonDownloads scorecard={scorecard} state={state} viewUrl={url} />
    </Suspense>
  );
}

/**
 * The conclusion first (overall counts), then the page's intro and choices, then the cards.
 * The choices stay usable while loading and after an error.
 */
function ScorecardView({ state, intro, controls }: { state: SummaryState; intro: ReactNode; controls: ReactNode }) {
  const t = useMessages(summaryMessages);
  const domains = useMessages(domainMessages);
  const language = useLanguage();
  const scorecard = useScorecard(state.domain);
  if (scorecard.error || !scorecard.data) {
    return (
      <>
        {intro}
        {controls}
        {scorecard.error ? <DataError error={scorecard.error} onRetry={scorecard.refetch} /> : <Loading lines={8} />}
      </>
    );
  }
  const { data } = scorecard;
  const goals = arrangeGoals(data.goals, state);
  return (
    <>
      <DataQualityNotice problems={scorecard.problems} />
      <Overall scorecard={data} />
      {intro}
      {controls}
      {state.compare !== 'absolute' ? <p className="summary-rule">{describeComparisonRule(state.compare, language)}</p> : null}
      {data.goals.length === 0 ? (
        <div className="summary-empty">
          <p>{state.domain && data.hasGoals ? t.emptyDomain(domains[state.domain].toLowerCase()) : t.emptyGoals}</p>
          {state.domain && data.hasGoals ? <LocalizedLink to={paths.summary()}>{t.showAllDomains}</LocalizedLink> : null}
        </div>
      ) : goals.length === 0 ? (
        <div className="summary-empty">
          <p>{t.emptyBehind}</p>
          <LocalizedLink to={`${paths.summary()}${summarySearch({ ...state, show: undefined })}`}>{t.showAllGoals}</LocalizedLink>
        </div>
      ) : (
        <div className="summary-goals">
          {/* On paper the district names head the columns once, instead of in every cell. */}
          <div className="summary-columns" aria-hidden="true">
            {data.byArea.map(({ area }) => (
              <span key={area.id}>{pickText(area.properties.name, language)}</span>
            ))}
          </div>
          {goals.map((card) => (
            <GoalCard key={card.goal.id} card={card} mode={state.compare} />
          ))}
        </div>
      )}
      {data.goals.length === 0 ? null : <SummaryDownloads scorecard={data} state={state} />}
      <Sources scorecard={data} />
    </>
  );
}

/**
 * /summary — the synergy scorecard for politicians: the conclusion first, one card per shared
 * goal with the districts side by side, a fair per-resident / per-m² comparison, and a print
 * stylesheet that makes the same view (choices and language) a one-page A4 brief.
 */
export function SummaryPage() {
  const t = useMessages(summaryMessages);
  const domains = useMessages(domainMessages);
  const language = useLanguage();
  const meta = useMeta();
  const today = useToday();
  const [state, setState] = useSummaryState();
  const modeLabels = useComparisonLabels();
  // The brief prints internal indicators only when a signed-in project lead asks for them.
  const [includeInternal, setIncludeInternal] = useState(false);
  const printing = usePrinting();
  return (
    <div className="page summary-page" data-print-internal={includeInternal ? 'include' : 'exclude'}>
      <PrintInternalNotice show={includeInternal} />
      <header className="summary-head">
        <PageHeading title={t.title} />
        <p className="summary-dates">
          {meta.data ? (
            <span>
              {t.dataUpdated} <time dateTime={meta.data.updated}>{formatDate(meta.data.updated, language)}</time>
            </span>
          ) : null}
          <span className="summary-print-only">
            {t.compiled} <time dateTime={today.toISOString().slice(0, 10)}>{formatDate(today.toISOString(), language)}</time>
          </span>
          <span className="summary-print-only">
            {t.showing}: {state.domain ? domains[state.domain] : t.domainAll}, {modeLabels[state.compare].toLowerCase()}
            {state.show === 'behind' ? `, ${t.showingBehind}` : null}
            {state.order === 'behind-first' ? `, ${t.orderBehindFirst.toLowerCase()}` : null}
          </span>
        </p>
      </header>
      <IncludeInternalToggle checked={includeInternal} onChange={setIncludeInternal} />
      <div className="summary-body">
        <InternalScope include={!printing || includeInternal}>
          <ScorecardView
            state={state}
            intro={<p className="lead summary-intro">{t.intro}</p>}
            controls={<SummaryControls state={state} onChange={setState} />}
          />
        </InternalScope>
      </div>
      <SummaryShare state={state} />
    </div>
  );
}
