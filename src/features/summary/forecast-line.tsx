import type { Forecast } from '../../core/forecast';
import { useLanguage } from '../../i18n/language';
import { defineMessages } from '../../core/messages';
import { useMessages } from '../../i18n/messages';
import { describeForecastCount, forecastLabel } from '../../lib/sentences/forecast';

const messages = defineMessages({
  sv: { lead: 'Prognos:', reachedIn: (year: string) => `(nås ${year})` },
  en: { lead: 'Forecast:', reachedIn: (year: string) => `(reached ${year})` },
});

/**
 * A goal card's forecast for one district, on one short line beside the status (never merged with
 * it): "Prognos: 6 år sent (nås 2036)". Short, so the printed brief stays on one page.
 */
export function ForecastLine({ forecast }: { forecast: Forecast }) {
  const language = useLanguage();
  const t = useMessages(messages);
  return (
    <p className="target-cell__forecast" data-forecast={forecast.verdict}>
      <span className="muted target-cell__forecast-lead">{t.lead}</span> <strong>{forecastLabel(forecast, language)}</strong>
      {forecast.reachYear !== undefined ? <span className="target-cell__forecast-year"> {t.reachedIn(String(forecast.reachYear))}</span> : null}
    </p>
  );
}

/** The summary's headline count: "I nuvarande takt nås 3 av 9 återstående mål i tid." */
export function ForecastCount({ counts }: { counts: { inTime: number; total: number } }) {
  const language = useLanguage();
  return <p className="summary-overall__forecast">{describeForecastCount(counts.inTime, counts.total, language)}</p>;
}
