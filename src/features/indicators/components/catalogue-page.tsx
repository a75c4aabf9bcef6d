import { memo, useMemo, useState } from 'react';
import { DataError } from '../../../components/data-error';
import { DataQualityNotice } from '../../../components/data-quality-notice';
import { Loading } from '../../../components/loading';
import { LocalizedLink } from '../../../components/localized-link';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../core/paths';
import { formatNumber } from '../../../core/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { useAreas, useMeta } from '../../../lib/api/hooks';
import { useToday } from '../../../lib/clock';
import { useElementWidth } from '../../../lib/dom/use-element-width';
import { useViewUrl } from '../../../lib/downloads/use-view-url';
import { useIndicatorAreaRows } from '../../../lib/status/use-indicator-rows';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { withForecasts } from '../../../core/row-forecasts';
import type { AreaFeature, Meta } from '../../../contract/schemas';
import { FORECAST_COLUMNS } from '../../../lib/sentences/forecast-record';
import { catalogueMessages } from '../catalogue-messages';
import { useSearchState } from '../../../lib/url/use-search-state';
import {
  catalogueJson,
  catalogueRecords,
  DEFAULT_CATALOGUE_STATE,
  filterRows,
  hasActiveFilters,
  parseCatalogueParams,
  sortRows,
  writeCatalogueParams,
  type CatalogueState,
  type SortKey,
} from '../utils/catalogue';
import { toCsv } from '../../../lib/downloads/files';
import { CatalogueFilters } from './catalogue-filters';
import { responsibleOptions } from '../utils/responsible';
import { CatalogueTable, type CatalogueLayout } from './catalogue-table';
import { DownloadButtons } from '../../../components/download-buttons';
import '../indicators.css';

const CATALOGUE_COLUMNS = [
  'indicator_id',
  'indicator',
  'domain',
  'area_id',
  'district',
  'unit',
  'direction',
  'latest_value',
  'latest_period',
  'latest_quality',
  'previous_value',
  'previous_period',
  'change_since_previous',
  'trend',
  'baseline_value',
  'baseline_period',
  'target_value',
  'target_period',
  'status',
  'status_label',
  'progress',
  'expected',
  'overdue',
  ...FORECAST_COLUMNS,
  'source',
  'visibility',
];

/**
 * Rows drawn before "Show all": a filter change then redraws at most this many rather than all 600
 * rows of a large catalogue. At 4× CPU with 300 indicators × 2 districts the filter repaint took a
 * median 341 ms with 50 rows, 196–222 ms with 25 and 157–173 ms with 20 (the aim: ≤ 200 ms;
 * docs/decisions/0010-catalogue-first-rows.md). Sorting, counts and downloads cover all rows.
 */
export const CATALOGUE_FIRST_ROWS = 20;

/** Up to this many rows are drawn whole: a button that hides a handful costs the reader more than the rows. */
export const CATALOGUE_ALL_ROWS_UP_TO = 40;

/** The container width at which the CSS shows the table instead of the cards (`@container catalogue`). */
const TABLE_MIN_WIDTH_REM = 64;

function layoutFor(width: number | undefined): CatalogueLayout | undefined {
  // Unknown, or 0 where nothing is laid out (jsdom): both, as in a prerendered page.
  if (!width) return undefined;
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return width >= TABLE_MIN_WIDTH_REM * rem ? 'table' : 'cards';
}

/**
 * /indicators: one row per public indicator and district, filterable and sortable, state in the URL.
 * The data is read here and the filters live in `CatalogueView`, a memoised child: a filter change
 * re-renders the view alone, not the 300-odd observation queries above it.
 */
export function CataloguePage() {
  const t = useMessages(catalogueMessages);
  const rows = useIndicatorAreaRows();
  // The catalogue shows and sorts by the forecast; the row builder leaves it out for the district pages.
  const forecastRows = useMemo(() => (rows.data ? withForecasts(rows.data) : undefined), [rows.data]);
  const areas = useAreas().data;
  const meta = useMeta().data;

  let content;
  if (rows.error) content = <DataError error={rows.error} onRetry={rows.refetch} />;
  else if (rows.isPending || !rows.data) content = <Loading lines={8} />;
  else if (rows.data.length === 0) content = <p className="catalogue__empty">{t.emptyData}</p>;
  else content = <CatalogueView all={forecastRows ?? rows.data} areas={areas} meta={meta} />;

  return (
    <div className="page catalogue">
      <PageHeading title={t.catalogueTitle} />
      <p className="lead">{t.catalogueLead}</p>
      <p className="no-print">
        <LocalizedLink to={paths.changes()}>{t.toChanges}</LocalizedLink>
      </p>
      <DataQualityNotice problems={rows.problems} />
      {content}
    </div>
  );
}

interface CatalogueViewProps {
  all: ReadonlyArray<IndicatorAreaRow>;
  areas: ReadonlyArray<AreaFeature> | undefined;
  meta: Meta | undefined;
}

const NO_AREAS: ReadonlyArray<AreaFeature> = [];

/** Filters, count, downloads and the rows they select. */
const CatalogueView = memo(function CatalogueView({ all, areas, meta }: CatalogueViewProps) {
  const t = useMessages(catalogueMessages);
  const language = useLanguage();
  const today = useToday();
  const viewUrl = useViewUrl();
  // `params` keeps its identity while the query is the same (useSearchState memoises it), so the
  // router's own update after a filter change (the URL catching up) finds the same rows and the
  // table is not drawn again.
  const [params, setParams] = useSearchState({ writeAfterPaint: true });
  const state = useMemo(() => parseCatalogueParams(params), [params]);
  const responsibles = useMemo(() => responsibleOptions(all), [all]);
  const shown = useMemo(() => sortRows(filterRows(all, state, language), state.sort, state.dir, language), [all, state, language]);
  // Both layouts draw correctly until the width is known (CSS picks one): no hurry to measure.
  const [containerRef, width] = useElementWidth<HTMLDivElement>(8, { deferred: true });
  const [showAllAsked, setShowAll] = useState(false);
  const showAll = showAllAsked || shown.length <= CATALOGUE_ALL_ROWS_UP_TO;

  const update = (patch: Partial<CatalogueState>) => setParams((latest) => writeCatalogueParams({ ...parseCatalogueParams(latest), ...patch }));
  const onSort = (key: SortKey) => update({ sort: key, dir: state.sort === key && state.dir === 'asc' ? 'desc' : 'asc' });
  const clear = () => update({ ...DEFAULT_CATALOGUE_STATE, sort: state.sort, dir: state.dir });

  return (
    <div ref={containerRef}>
      <CatalogueFilters state={state} areas={areas ?? NO_AREAS} onChange={update} onClear={clear} responsibles={responsibles} />
      <div className="catalogue__bar">
        <p className="catalogue__count" role="status">
          {t.resultCount(formatNumber(shown.length, language), formatNumber(all.length, language))}
        </p>
        <DownloadButtons
          baseName="indicators"
          rowCount={shown.length}
          excel={
            meta
              ? async () => {
                  // The builder is imported on demand, like the writer: nothing added to the page's own JavaScript.
                  const { catalogueWorkbook } = await import('../utils/xlsx-catalogue');
                  return catalogueWorkbook({ rows: shown, total: all.length, meta, language, viewUrl: viewUrl(), downloaded: today });
                }
              : undefined
          }
          csv={() => toCsv(catalogueRecords(shown, language), CATALOGUE_COLUMNS)}
          json={() => catalogueJson(shown, state, language)}
        />
      </div>
      <h2 className="visually-hidden">{t.tableCaption}</h2>
      {shown.length === 0 ? (
        <div className="catalogue__empty">
          <p>{t.emptyFiltered}</p>
          {hasActiveFilters(state) ? (
            <button type="button" className="button button--secondary" onClick={clear}>
              {t.clearFilters}
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <CatalogueTable
            rows={showAll ? shown : shown.slice(0, CATALOGUE_FIRST_ROWS)}
            sort={state.sort}
            dir={state.dir}
            onSort={onSort}
            layout={layoutFor(width)}
          />
          {!showAll ? (
            <p className="catalogue__more">
              {t.firstRowsShown(formatNumber(CATALOGUE_FIRST_ROWS, language))}{' '}
              <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
                {t.showAllRows(formatNumber(shown.length, language))}
              </button>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
});
