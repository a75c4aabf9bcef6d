/**
 * Adds the forecast (docs/forecast.md) to indicator × district rows. Kept apart from the row
 * builder so that views that show no forecast (the district pages) do not load the forecast
 * arithmetic on their critical path.
 */
import { forecastTarget } from './forecast';
import type { IndicatorAreaRow } from './indicator-rows';

/** Each row with a target that is not yet achieved gets its forecast; other rows are returned as they are. */
export function withForecasts(rows: ReadonlyArray<IndicatorAreaRow>): IndicatorAreaRow[] {
  return rows.map((row) => {
    if (!row.target || !row.evaluation || row.evaluation.status === 'achieved') return row;
    return { ...row, forecast: forecastTarget({ target: row.target, points: row.points }) };
  });
}
