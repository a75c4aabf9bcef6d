import { defineMessages } from '../../core/messages';

/** The forecast's words on the indicator page, its chart, legend and table. */
export const forecastMessages = defineMessages({
  sv: {
    forecastLead: 'Prognos:',
    keyForecast: 'Prognos i nuvarande takt',
    legendProjection: 'Prognos i de senaste fem årens takt',
    legendBand: 'Troligt intervall för prognosen (80 %)',
    projectedQuality: 'Prognos, inte mätt',
    projectedRange: (low: string, high: string) => `${low}–${high}`,
    projectedCaption: 'Prognos i de senaste fem årens takt, fram till målåret (framskrivna värden, inte mätta)',
    projectedValue: 'Prognos',
    projectedRangeHeading: 'Troligt intervall (80 %)',
  },
  en: {
    forecastLead: 'Forecast:',
    keyForecast: 'Forecast at the current pace',
    legendProjection: 'Forecast at the pace of the last five years',
    legendBand: 'Likely range of the forecast (80%)',
    projectedQuality: 'Forecast, not measured',
    projectedRange: (low: string, high: string) => `${low}–${high}`,
    projectedCaption: 'Forecast at the pace of the last five years, up to the target year (projected values, not measured)',
    projectedValue: 'Forecast',
    projectedRangeHeading: 'Likely range (80%)',
  },
});
