import { useMemo, useState } from 'react';
import { formatNumber, formatPeriod } from '../../../core/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import type { Indicator, PilotEvent, Quality } from '../../../contract/schemas';
import { qualityOf } from '../../../contract/quality';
import { vocabularyMessages } from '../indicators-messages';
import { dataTableMessages } from '../data-table-messages';
import { formatIndicatorPeriod } from '../utils/format';
import { referenceTable } from '../utils/reference-columns';
import type { SeriesInfo } from '../utils/describe-series';
import { ScrollRegion } from './scroll-region';
import type { AreaForecast } from '../utils/chart-projection';
import { ProjectedTable } from './projected-rows';

/** Rows per page: enough for ten years of monthly values for two districts on one page. */
export const TABLE_PAGE_SIZE = 500;

interface DataTableProps {
  indicator: Indicator;
  visible: ReadonlyArray<SeriesInfo>;
  from: number;
  to: number;
  events: ReadonlyArray<PilotEvent>;
  areaNames: ReadonlyMap<string, string>;
  /** The districts' forecasts: projected rows, marked as such, after the measured ones. */
  forecasts?: ReadonlyArray<AreaForecast>;
}

/**
 * The chart's accessible alternative: every value of the visible series in the range (not the
 * reduced set the chart draws), with its quality and note, then the events. Each table sits in
 * a focusable, labelled region, so keyboard users can scroll it; very long series are paged.
 */
export function DataTable({ indicator, visible, from, to, events, areaNames, forecasts = [] }: DataTableProps) {
  const t = useMessages(dataTableMessages);
  const vocabulary = useMessages(vocabularyMessages);
  const qualityLabel = (quality: Quality | undefined) => (quality === undefined ? '' : vocabulary[quality]);
  const language = useLanguage();
  const [page, setPage] = useState(0);
  // Built only while the table is shown (the tabs render the selected panel only). Reference
  // areas are columns beside the districts' rows (see referenceTable).
  const { rows, references } = useMemo(() => referenceTable(visible, from, to), [visible, from, to]);
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
                {references.map((reference) => (
                  <th key={reference.key} scope="col" className="number">
                    {t.referenceName(reference.name)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.flatMap(({ period, row, references: referencePoints }) => [
                <tr key={row ? `${row.series.key}|${period}` : `reference|${period}`}>
                  <th scope="row" className="tabular">
                    {formatIndicatorPeriod(period, indicator.frequency, language)}
                  </th>
                  {row ? (
                    <>
                      <td>{row.series.kind === 'site' ? `${row.series.name} (${row.series.areaName})` : row.series.name}</td>
                      <td className="number">
                        {row.point.value === null ? (
                          <span className="muted">{t.missingValue}</span>
                        ) : (
                          formatNumber(row.point.value, language, indicator.decimals)
                        )}
                      </td>
                      <td>{qualityLabel(qualityOf(row.point))}</td>
                      <td className="data-table__note">{row.point.note ? pickText(row.point.note, language) : ''}</td>
                    </>
                  ) : (
                    <>
                      <td className="muted">{t.referenceNoDistrictValue}</td>
                      <td />
                      <td />
                      <td className="data-table__note" />
                    </>
                  )}
                  {referencePoints.map((point, index) => (
                    <td key={references[index]?.key ?? index} className="number reference-value">
                      {point === undefined ? (
                        ''
                      ) : point.value === null ? (
                        <span className="muted">{t.missingValue}</span>
                      ) : (
                        formatNumber(point.value, language, indicator.decimals)
                      )}
                    </td>
                  ))}
                </tr>,
                // Phones: the note on a full-width line under its value (the note column is then hidden
                // visually but still read by screen readers, so this copy is hidden from them).
                row?.point.note ? (
                  <tr key={`${row.series.key}|${period}|note`} className="data-table__note-row" aria-hidden="true">
                    <td colSpan={4 + referencePoints.length}>{pickText(row.point.note, language)}</td>
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
      <ProjectedTable indicator={indicator} visible={visible} forecasts={forecasts} />
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
