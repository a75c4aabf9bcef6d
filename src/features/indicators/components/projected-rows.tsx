import { formatNumber } from '../../../core/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import type { Indicator } from '../../../contract/schemas';
import { projectionDecimals } from '../../../lib/sentences/forecast';
import { forecastMessages } from '../forecast-messages';
import { projectedTableRows, type AreaForecast } from '../utils/chart-projection';
import type { SeriesInfo } from '../utils/describe-series';
import { ScrollRegion } from './scroll-region';
import { dataTableMessages } from '../data-table-messages';

/**
 * The forecast beside the values table, in its own table so measured and projected values never
 * mix: one row per year from the year after the latest value to the target year, per visible
 * district, marked "Prognos, inte mätt" and with its 80 % range, so the table says everything the
 * dashed line and its band draw.
 */
export function ProjectedTable({
  indicator,
  visible,
  forecasts,
}: {
  indicator: Indicator;
  visible: ReadonlyArray<SeriesInfo>;
  forecasts: ReadonlyArray<AreaForecast>;
}) {
  const language = useLanguage();
  const t = useMessages(forecastMessages);
  const columns = useMessages(dataTableMessages);
  const rows = projectedTableRows(forecasts, visible);
  if (rows.length === 0) return null;
  return (
    <ScrollRegion className="data-table__scroll" label={t.projectedCaption}>
      <table className="data-table__projected">
        <caption>{t.projectedCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.colPeriod}</th>
            <th scope="col">{columns.colSeries}</th>
            <th scope="col" className="number">
              {t.projectedValue}
            </th>
            <th scope="col">{columns.colQuality}</th>
            <th scope="col">{t.projectedRangeHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ series, step }) => {
            const decimals = projectionDecimals(indicator.decimals, step.value);
            return (
              <tr key={`${series.key}|projected|${step.time}`} data-projected="true">
                <th scope="row" className="tabular">
                  {String(Math.round(step.time))}
                </th>
                <td>{series.name}</td>
                <td className="number">
                  <em>{formatNumber(step.value, language, decimals)}</em>
                </td>
                <td>{t.projectedQuality}</td>
                <td>{t.projectedRange(formatNumber(step.low, language, decimals), formatNumber(step.high, language, decimals))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
