/**
 * Performance marks for the chart, read by the browser measurement (tests/e2e/chart-perf.spec.ts)
 * and visible in any browser's performance panel: `indicator-chart:mount` is the time from the
 * chart component's first render to the moment every line is in the DOM (after the reduction).
 */
export interface ChartMetric {
  /** First render of the chart component → all lines in the DOM, in ms. */
  mountMs: number;
  /** LTTB reduction of the visible series, in ms. */
  reduceMs: number;
  /** Values in the range (what the table has). */
  totalPoints: number;
  /** Values drawn after the reduction. */
  drawnPoints: number;
  /** Chart width in px. */
  width: number;
  /** performance.now() at the chart's first render. */
  startedAt: number;
}

declare global {
  interface Window {
    __indicatorChartMetrics?: ChartMetric[];
  }
}

export function recordChartMetric(metric: ChartMetric): void {
  if (typeof window === 'undefined') return;
  const end = performance.now();
  try {
    performance.measure('indicator-chart:mount', { start: end - metric.mountMs, end, detail: metric });
  } catch {
    // Older browsers without the options form: the window record below is enough.
  }
  (window.__indicatorChartMetrics ??= []).push(metric);
}

/** Runs `work` and returns its result with the time it took in ms (for the chart's metrics). */
export function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}
