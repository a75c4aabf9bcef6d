/**
 * The forecast as download columns (CSV, JSON, xlsx): the verdict, its label in the reader's
 * language, the reach year with its likely range and the value at the target period with its 80 %
 * range. Stable English keys; numbers plain, rounded only to remove floating-point noise.
 */
import type { Forecast } from '../../core/forecast';
import type { Language } from '../../i18n/language';
import { forecastLabel } from './forecast';

export const FORECAST_COLUMNS = [
  'forecast',
  'forecast_label',
  'forecast_reach_year',
  'forecast_reach_year_low',
  'forecast_reach_year_high',
  'forecast_value_at_target',
  'forecast_value_at_target_low',
  'forecast_value_at_target_high',
] as const;

export type ForecastRecord = Record<(typeof FORECAST_COLUMNS)[number], string | number | null>;

const round = (value: number | undefined): number | null => (value === undefined ? null : Number.parseFloat(value.toPrecision(12)));

/** The columns for one row; all null without a forecast (no target, or achieved). */
export function forecastRecord(forecast: Forecast | undefined, language: Language): ForecastRecord {
  return {
    forecast: forecast?.verdict ?? null,
    forecast_label: forecast ? forecastLabel(forecast, language) : null,
    forecast_reach_year: forecast?.reachYear ?? null,
    forecast_reach_year_low: forecast?.reachYearLow ?? null,
    forecast_reach_year_high: forecast?.reachYearHigh ?? null,
    forecast_value_at_target: round(forecast?.atTarget?.value),
    forecast_value_at_target_low: round(forecast?.atTarget?.low),
    forecast_value_at_target_high: round(forecast?.atTarget?.high),
  };
}
