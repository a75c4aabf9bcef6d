import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import type { Indicator } from '../../../contract/schemas';
import { describeForecast, describeValueAtTarget, forecastLabel } from '../../../lib/sentences/forecast';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { forecastMessages } from '../forecast-messages';

/**
 * The forecast under a district's finding: when the target is reached at the current pace, the
 * likely range, and the value at the target period. Beside the status, never instead of it:
 * "I fas" and "late at this pace" can both be true.
 */
export function ForecastNote({ indicator, row }: { indicator: Indicator; row: IndicatorAreaRow }) {
  const language = useLanguage();
  const t = useMessages(forecastMessages);
  if (!row.forecast) return null;
  const value = describeValueAtTarget(row.forecast, language, indicator.decimals, pickText(indicator.unit, language));
  return (
    <p className="findings__forecast forecast-note" data-forecast={row.forecast.verdict}>
      <strong>{t.forecastLead}</strong> {describeForecast(row.forecast, language)}
      {value ? ` ${value}` : null}
    </p>
  );
}

/** The forecast's short label among the key numbers. */
export function ForecastFigure({ row }: { row: IndicatorAreaRow }) {
  const language = useLanguage();
  const t = useMessages(forecastMessages);
  if (!row.forecast) return null;
  return (
    <div className="key-numbers__figure key-numbers__figure--forecast">
      <dt>{t.keyForecast}</dt>
      <dd data-forecast={row.forecast.verdict}>{forecastLabel(row.forecast, language)}</dd>
    </div>
  );
}
