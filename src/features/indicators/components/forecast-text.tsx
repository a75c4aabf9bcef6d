import { useLanguage } from '../../../i18n/language';
import { forecastLabel } from '../../../lib/sentences/forecast';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';

/** The forecast's short label in the catalogue ("6 år sent"); a dash without one (no target, or achieved). */
export function ForecastText({ row }: { row: IndicatorAreaRow }) {
  const language = useLanguage();
  if (!row.forecast) return <span className="muted">–</span>;
  return (
    <span className="forecast-label" data-forecast={row.forecast.verdict}>
      {forecastLabel(row.forecast, language)}
    </span>
  );
}
