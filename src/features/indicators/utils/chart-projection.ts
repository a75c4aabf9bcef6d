/**
 * The forecast on the chart: the fitted line from the latest value's period to the target period
 * and its 80 % band, in the chart's units (time in ms). Pure; both the first paint (static-chart)
 * and the recharts chart draw the result with ProjectionMarks.
 */
import { projectionPath, type Forecast, type ProjectedValue } from '../../../core/forecast';
import type { SeriesInfo } from './describe-series';
import type { XY } from './chart-maths';

export interface AreaForecast {
  areaId: string;
  forecast: Forecast;
}

export interface ChartProjection {
  key: string;
  colorIndex: number;
  line: XY[];
  band: Array<{ t: number; low: number; high: number }>;
}

/** Steps per year: enough for the band's curve to look smooth. */
const STEPS_PER_YEAR = 4;

/** A decimal year (2030.25) as ms since the epoch, within its calendar year. */
export function decimalYearToTime(year: number): number {
  const whole = Math.floor(year + 1e-9);
  const start = Date.UTC(whole, 0, 1);
  return start + (year - whole) * (Date.UTC(whole + 1, 0, 1) - start);
}

/**
 * One projection per visible district with a forecast that has a line and a target period still
 * ahead, drawn only when the latest value is in the view (a view that ends earlier is history).
 */
export function chartProjections(
  forecasts: ReadonlyArray<AreaForecast>,
  visibleAreas: ReadonlyMap<string, { key: string; colorIndex: number }>,
  viewEnd: number,
): ChartProjection[] {
  return forecasts.flatMap(({ areaId, forecast }) => {
    const area = visibleAreas.get(areaId);
    if (!area || forecast.latestTime === undefined || decimalYearToTime(forecast.latestTime) > viewEnd) return [];
    const path = projectionPath(forecast, STEPS_PER_YEAR);
    if (path.length < 2) return [];
    return [
      {
        key: area.key,
        colorIndex: area.colorIndex,
        line: path.map((step) => ({ t: decimalYearToTime(step.time), v: step.value })),
        band: path.map((step) => ({ t: decimalYearToTime(step.time), low: step.low, high: step.high })),
      },
    ];
  });
}

/**
 * The projected table's rows: per visible district with a forecast, one row per whole year after
 * its latest value up to the target period (what the dashed line passes through).
 */
export function projectedTableRows(
  forecasts: ReadonlyArray<AreaForecast>,
  visible: ReadonlyArray<SeriesInfo>,
): Array<{ series: SeriesInfo; step: ProjectedValue }> {
  return forecasts.flatMap(({ areaId, forecast }) => {
    const series = visible.find((item) => item.kind === 'area' && item.areaId === areaId);
    const latestTime = forecast.latestTime;
    if (!series || latestTime === undefined) return [];
    return projectionPath(forecast, 1)
      .filter((step) => step.time > latestTime + 1e-9 && Math.abs(step.time - Math.round(step.time)) < 1e-9)
      .map((step) => ({ series, step }));
  });
}
