import { useMemo, useState } from 'react';
import { formatNumber, formatPeriod } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../i18n/text';
import type { Indicator, PilotEvent } from '../../../lib/api/schemas';
import { indicatorsMessages, vocabularyMessages } from '../indicators-messages';
import { formatIndicatorPeriod } from '../utils/format';
import { valueRows } from '../utils/indicator-export';
import type { SeriesInfo } from '../utils/series';
import { ScrollRegion } from './scroll-region';

/** Rows per page: enough for ten years of monthly values for two districts on one page. */
export const TABLE_PAGE_SIZE = 500;

interface DataTableProps {
  indicator: Indicator;
  visible: ReadonlyArray<SeriesInfo>;
  from: number;
  to: number;
  events: ReadonlyArray<PilotEvent>;
  areaNames: ReadonlyMap<string, string>;
}

/**
 * The chart's accessible alternative: every value of the visible series in the range (not the
 * reduced set the chart draws), with its quality and note, then the events. Each table sits in
 * a focusable, labelled region, so keyboard users can scroll it; very long series are paged.
 */
export function DataTable({ indicator, visible, from, to, events, areaNames }: DataTableProps) {
  const t = useMessages(indicatorsMessages);
  const vocabulary = useMessages(vocabularyMessages);
  const language = useLanguage();
  const [page, setPage] = useState(0);
  // Built only while the table is shown (the tabs render the selected panel only).
  const rows = useMemo(() => valueRows(visible, from, to), [visible, from, to]);
  const pages = Math.max(1, Math.ceil(rows.length / TABLE_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * TABLE_PAGE_SIZE, (current + 1) * TABLE_PAGE_SIZE);
  const name = pickText(indicator.name, language);
  const unit = pickText(indicator.unit, language);
  const caption = t.tableCaptionValues(name, unit);

  return (
    <div className="data-table">
      {rows.length === 0 ? (
        <p>{t.noValuesInRange}</p>
      ) : (
        <ScrollRegion className="data-table__scroll" label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colPeriod}</th>
                <th scope="col">{t.colSeries}</th>
                <th scope="col" className="number">
                  {t.colValue}
                </th>
                <th scope="col">{t.colQuality}</th>
                <th scope="col" className="data-table__note">
                  {t.colNote}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.flatMap(({ series, point }) => [
                <tr key={`${series.key}|${point.period}`}>
                  <th scope="row" className="tabular">
                    {formatIndicatorPeriod(point.period, indicator.frequency, language)}
                  </th>
                  <td>{series.kind === 'site' ? `${series.name} (${series.areaName})` : series.name}</td>
                  <td className="number">{point.value === null ? <span className="muted">{t.missingValue}</span> : formatNumber(point.value, language, indicator.decimals)}</td>
                  <td>{vocabulary[point.quality]}</td>
                  <td className="data-table__note">{point.note ? pickText(point.note, language) : ''}</td>
                </tr>,
                // Phones: the note on a full-width line under its value (the note column is then hidden
                // visually but still read by screen readers, so this copy is hidden from them).
                point.note ? (
                  <tr key={`${series.key}|${point.period}|note`} className="data-table__note-row" aria-hidden="true">
                    <td colSpan={4}>{pickText(point.note, language)}</td>
                  </tr>
                ) : null,
              ])}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {pages > 1 ? (
        <nav className="data-table__pager" aria-label={caption}>
          <button type="button" className="button button--secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t.tablePrevious}
          </button>
          <span role="status">
            {t.tablePageStatus(
              formatNumber(current * TABLE_PAGE_SIZE + 1, language),
              formatNumber(Math.min(rows.length, (current + 1) * TABLE_PAGE_SIZE), language),
              formatNumber(rows.length, language),
            )}
          </span>
          <button type="button" className="button button--secondary" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            {t.tableNext}
          </button>
        </nav>
      ) : null}
      {events.length > 0 ? (
        <ScrollRegion className="data-table__scroll" label={t.tableCaptionEvents}>
          <table>
            <caption>{t.tableCaptionEvents}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colPeriod}</th>
                <th scope="col">{t.colDistrict}</th>
                <th scope="col">{t.colEvent}</th>
                <th scope="col">{t.colDescription}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row" className="tabular">
                    {formatPeriod(event.period, language)}
                  </th>
                  <td>{event.areaId ? (areaNames.get(event.areaId) ?? event.areaId) : ''}</td>
                  <td>{pickText(event.title, language)}</td>
                  <td>{pickText(event.description, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}
