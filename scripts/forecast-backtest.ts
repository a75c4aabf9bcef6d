/**
 * `npm run forecast:backtest [data-dir]`: how well would the forecast have done? For every area
 * series with at least 8 values, the forecast is made from each earlier cut-off (only the values up
 * to it) and its value 3 years later is compared with what was then measured. The same is done for
 * two simple alternatives: "the last value stays" and the straight path from baseline to target (for
 * series with a target). Prints a Markdown table of mean absolute errors (docs/forecast.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forecastTarget, periodToDecimalYear, projectAt } from '../src/core/forecast';
import { parseGoals, parseIndicators, parseObservations } from '../src/contract/documents';
import type { Point, Target } from '../src/contract/schemas';
import { valuedPoints } from '../src/core/status';
import { isMainModule } from './is-main';

export const HORIZON_YEARS = 3;
export const MIN_VALUES = 8;

export interface BacktestResult {
  cutoffs: number;
  /** Mean absolute errors 3 years ahead; null when there was nothing to compare. */
  trend: number | null;
  lastValue: number | null;
  straightPath: number | null;
}

function straightPathAt(target: Target, time: number): number {
  const t0 = periodToDecimalYear(target.baseline.period);
  const t1 = periodToDecimalYear(target.target.period);
  const share = t1 <= t0 ? 1 : Math.min(1, Math.max(0, (time - t0) / (t1 - t0)));
  return target.baseline.value + share * (target.target.value - target.baseline.value);
}

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * The backtest of one series. The forecast's points start at the target's baseline when there is
 * a target (as on the site), else at the first value. A cut-off counts when a value was measured
 * exactly 3 years after it and the forecast had enough values to fit a line.
 */
export function backtestSeries(points: ReadonlyArray<Point>, target: Target | undefined): BacktestResult {
  const valued = valuedPoints(points).map((point) => ({ ...point, time: periodToDecimalYear(point.period) }));
  const first = valued[0];
  const errors = { trend: [] as number[], lastValue: [] as number[], straightPath: [] as number[] };
  if (valued.length < MIN_VALUES || !first) return { cutoffs: 0, trend: null, lastValue: null, straightPath: null };
  const fitTarget = target ?? {
    indicatorId: '',
    areaId: '',
    baseline: { period: first.period, value: first.value },
    target: { period: first.period, value: first.value },
  };
  for (let i = 0; i < valued.length; i += 1) {
    const cutoff = valued[i];
    if (!cutoff) continue;
    const later = valued.find((point) => Math.abs(point.time - (cutoff.time + HORIZON_YEARS)) < 1e-6);
    if (!later) continue;
    const forecast = forecastTarget({ target: fitTarget, points: valued.slice(0, i + 1) });
    if (!forecast.fit) continue;
    errors.trend.push(Math.abs(projectAt(forecast.fit, later.time).value - later.value));
    errors.lastValue.push(Math.abs(cutoff.value - later.value));
    if (target) errors.straightPath.push(Math.abs(straightPathAt(target, later.time) - later.value));
  }
  return { cutoffs: errors.trend.length, trend: mean(errors.trend), lastValue: mean(errors.lastValue), straightPath: mean(errors.straightPath) };
}

export interface BacktestRow extends BacktestResult {
  indicatorId: string;
  areaId: string;
  unit: string;
}

/** Every public area series of a data directory with at least 8 values. */
export function backtestDataset(dataDir: string): BacktestRow[] {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  const indicators = parseIndicators(read('indicators.json')).data;
  const targets = parseGoals(read('goals.json')).data.flatMap((goal) => goal.targets);
  const rows: BacktestRow[] = [];
  for (const indicator of indicators) {
    if (indicator.visibility !== 'public') continue;
    const document = parseObservations(read(`observations/${indicator.id}.json`), indicator.id).data;
    for (const series of document.series) {
      if (series.siteId !== undefined) continue;
      const target = targets.find((item) => item.indicatorId === indicator.id && item.areaId === series.areaId);
      const result = backtestSeries(series.points, target);
      if (result.cutoffs > 0) rows.push({ indicatorId: indicator.id, areaId: series.areaId, unit: indicator.unit.en ?? indicator.unit.sv ?? '', ...result });
    }
  }
  return rows;
}

function cell(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/** The Markdown table, one line per series, the best of the three in bold. */
export function backtestTable(rows: ReadonlyArray<BacktestRow>): string {
  const lines = [
    `| Indicator | Area | Cut-offs | Forecast (trend) | Last value stays | Straight path | Unit |`,
    `| --- | --- | ---: | ---: | ---: | ---: | --- |`,
  ];
  for (const row of rows) {
    const values = [row.trend, row.lastValue, row.straightPath];
    const best = Math.min(...values.filter((value): value is number => value !== null));
    const shown = values.map((value) => (value !== null && value === best ? `**${cell(value)}**` : cell(value)));
    lines.push(`| ${row.indicatorId} | ${row.areaId} | ${row.cutoffs} | ${shown.join(' | ')} | ${row.unit} |`);
  }
  const wins = rows.filter(
    (row) => row.trend !== null && [row.lastValue, row.straightPath].every((other) => other === null || (row.trend ?? Infinity) <= other),
  ).length;
  lines.push('', `The forecast's error was the smallest of the three for ${wins} of ${rows.length} series.`);
  return lines.join('\n');
}

if (isMainModule(import.meta.url)) {
  const dataDir = process.argv[2] ?? 'public/data/v1';
  console.log(`Mean absolute error ${HORIZON_YEARS} years ahead, series with at least ${MIN_VALUES} values (${dataDir}):\n`);
  console.log(backtestTable(backtestDataset(dataDir)));
}
