import { memo } from 'react';
import { InternalMark } from '../../../components/internal-badge';
import { domainMessages } from '../../../components/domain-messages';
import { LocalizedLink } from '../../../components/localized-link';
import { OverdueFlag, StatusBadge } from '../../../components/status-badge';
import { paths } from '../../../core/paths';
import { formatNumber, formatValue } from '../../../core/format';
import { useLanguage, type Language } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { valuedPoints } from '../../../core/status';
import { catalogueMessages } from '../catalogue-messages';
import type { SortDirection, SortKey } from '../utils/catalogue';
import { formatIndicatorPeriod } from '../utils/format';
import { useColumnLabels } from './catalogue-columns';
import { ScrollRegion } from './scroll-region';
import { Sparkline } from './sparkline';
import { TrendText } from './trend-text';
import { LineIcon } from '../../../components/line-icon';
import { ForecastText } from './forecast-text';

export type CatalogueLayout = 'table' | 'cards';

interface CatalogueTableProps {
  rows: ReadonlyArray<IndicatorAreaRow>;
  sort: SortKey | undefined;
  dir: SortDirection;
  onSort: (key: SortKey) => void;
  /** The one layout to draw; both (the CSS container query picks) until the width is known. */
  layout?: CatalogueLayout | undefined;
}

function rowKey(row: IndicatorAreaRow): string {
  return `${row.indicator.id}/${row.area.id}`;
}

function LatestValue({ row }: { row: IndicatorAreaRow }) {
  const t = useMessages(catalogueMessages);
  const language = useLanguage();
  if (!row.latest) return <span className="muted">{t.noValue}</span>;
  return (
    <>
      <span className="catalogue__value">{formatNumber(row.latest.value, language, row.indicator.decimals)}</span>{' '}
      <span className="catalogue__unit">{pickText(row.indicator.unit, language)}</span>
    </>
  );
}

function TargetText({ row }: { row: IndicatorAreaRow }) {
  const t = useMessages(catalogueMessages);
  const language = useLanguage();
  if (!row.target) return <span className="muted">{t.noTarget}</span>;
  const { target, indicator } = row;
  return (
    <>
      {t.targetBy(
        formatValue(target.target.value, language, indicator.decimals, pickText(indicator.unit, language)),
        formatIndicatorPeriod(target.target.period, indicator.frequency, language),
      )}
    </>
  );
}

function Status({ row }: { row: IndicatorAreaRow }) {
  return (
    <span className="catalogue__status">
      {row.evaluation ? <StatusBadge status={row.evaluation.status} size="sm" /> : null}
      {row.overdue ? <OverdueFlag size="sm" /> : null}
      {row.stale ? <StaleFlag /> : null}
    </span>
  );
}

/** The last update could not read the source (icon + text, like the overdue flag). */
function StaleFlag() {
  const t = useMessages(catalogueMessages);
  return (
    <span className="status-badge status-badge--sm stale-flag" data-status="stale">
      <svg className="status-badge__icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M10 2.5L18.5 17.5H1.5Z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
        <path d="M10 8v4.5M10 14.6v.1" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <span className="status-badge__label">{t.staleFlag}</span>
    </span>
  );
}

function sparklineText(row: IndicatorAreaRow, language: Language, t: (typeof catalogueMessages)['sv']): string {
  const valued = valuedPoints(row.points);
  const first = valued[0];
  const last = valued.at(-1);
  if (!first || !last) return t.noValue;
  const unit = pickText(row.indicator.unit, language);
  const describe = (point: typeof first) =>
    `${formatValue(point.value, language, row.indicator.decimals, unit)} (${formatIndicatorPeriod(point.period, row.indicator.frequency, language)})`;
  return t.sparklineLabel(describe(first), describe(last));
}

function SortIcon({ state }: { state: 'asc' | 'desc' | 'none' }) {
  const d = state === 'asc' ? 'M4 10l4-5 4 5' : state === 'desc' ? 'M4 6l4 5 4-5' : 'M5 6.5l3-3.5 3 3.5M5 9.5l3 3.5 3-3.5';
  return (
    <LineIcon className="sort-button__icon" size={14}>
      <path d={d} />
    </LineIcon>
  );
}

/**
 * The dense table for desktops and, for narrow containers, the same rows as cards. Once the
 * page knows its width it draws only the one that shows (`layout`); before that (a prerendered
 * page) both, and the CSS container query shows one, the other being display:none and so out of
 * the accessibility tree. Two structures rather than a table restyled as blocks, because restyled tables lose their
 * semantics in some browsers (Safari), exactly on phones.
 */
export function CatalogueTable({ rows, sort, dir, onSort, layout }: CatalogueTableProps) {
  const t = useMessages(catalogueMessages);
  const columns = useColumnLabels();

  const header = (key: SortKey, className?: string) => {
    const state = sort === key ? dir : 'none';
    return (
      <th scope="col" className={className} aria-sort={state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(key)}>
          {columns[key]}
          <SortIcon state={state} />
        </button>
      </th>
    );
  };

  return (
    <>
      {layout === 'cards' ? null : (
        <ScrollRegion className="catalogue__table-wrap" label={t.tableCaption}>
          <table className="catalogue__table">
            <caption className="visually-hidden">{t.tableCaption}</caption>
            <thead>
              <tr>
                {header('indicator')}
                {header('domain')}
                {header('district')}
                {header('latest', 'number')}
                {header('period')}
                {header('trend')}
                {header('target')}
                {header('status')}
                {header('forecast')}
                <th scope="col">{t.colSparkline}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <TableRow key={rowKey(row)} row={row} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {layout === 'table' ? null : (
        <ul className="catalogue__cards">
          {rows.map((row) => (
            <Card key={rowKey(row)} row={row} />
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * One row, memoised on its row object: after a filter or sort change the rows that stay are moved,
 * not drawn again (the filter repaint).
 */
const TableRow = memo(function TableRow({ row }: { row: IndicatorAreaRow }) {
  const t = useMessages(catalogueMessages);
  const domains = useMessages(domainMessages);
  const language = useLanguage();
  return (
    <tr>
      <th scope="row">
        <LocalizedLink to={paths.indicator(row.indicator.id)}>{pickText(row.indicator.name, language)}</LocalizedLink>
        <InternalMark indicator={row.indicator} />
      </th>
      <td>{domains[row.indicator.domain]}</td>
      <td>{pickText(row.area.properties.name, language)}</td>
      <td className="number">
        <LatestValue row={row} />
      </td>
      <td className="tabular">{row.latest ? formatIndicatorPeriod(row.latest.period, row.indicator.frequency, language) : '–'}</td>
      <td>
        <TrendText row={row} />
      </td>
      <td>
        <TargetText row={row} />
      </td>
      <td>
        <Status row={row} />
      </td>
      <td>
        <ForecastText row={row} />
      </td>
      <td>
        <Sparkline points={row.points} label={sparklineText(row, language, t)} />
      </td>
    </tr>
  );
});

/** The same row as a card, for narrow containers. */
const Card = memo(function Card({ row }: { row: IndicatorAreaRow }) {
  const t = useMessages(catalogueMessages);
  const domains = useMessages(domainMessages);
  const language = useLanguage();
  return (
    <li className="card catalogue-card">
      <h3 className="catalogue-card__title">
        <LocalizedLink to={paths.indicator(row.indicator.id)}>{pickText(row.indicator.name, language)}</LocalizedLink>
        <InternalMark indicator={row.indicator} />
      </h3>
      <p className="catalogue-card__meta muted">
        {pickText(row.area.properties.name, language)} · {domains[row.indicator.domain]}
      </p>
      <div className="catalogue-card__figure">
        <p className="catalogue-card__latest">
          <LatestValue row={row} />
          {row.latest ? <span className="muted"> · {formatIndicatorPeriod(row.latest.period, row.indicator.frequency, language)}</span> : null}
        </p>
        <Sparkline points={row.points} label={sparklineText(row, language, t)} width={120} height={36} />
      </div>
      <Status row={row} />
      <dl className="facts catalogue-card__facts">
        <dt>{t.colTrend}</dt>
        <dd>
          <TrendText row={row} />
        </dd>
        <dt>{t.colTarget}</dt>
        <dd>
          <TargetText row={row} />
        </dd>
        <dt>{t.colForecast}</dt>
        <dd>
          <ForecastText row={row} />
        </dd>
      </dl>
    </li>
  );
});
