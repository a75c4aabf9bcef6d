import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { TimeSeriesChartProps } from './time-series-chart';

let LoadedChart: ComponentType<TimeSeriesChartProps> | undefined;
let loading: Promise<void> | undefined;

/**
 * The recharts chart (its own chunk; see time-series-chart.tsx), and `fallback` until it has loaded.
 * Loaded in an effect rather than with React.lazy: a Suspense boundary keeps a revealed
 * fallback for at least 300 ms before showing the content (React's reveal throttle), which
 * would delay every chart by that much for nothing.
 */
export function LazyChart({ fallback, ...props }: TimeSeriesChartProps & { fallback: ReactNode }) {
  const [loaded, setLoaded] = useState(LoadedChart !== undefined);
  useEffect(() => {
    if (loaded) return;
    let active = true;
    loading ??= import('./time-series-chart').then((module) => {
      LoadedChart = module.TimeSeriesChart;
    });
    void loading.then(() => {
      if (active) setLoaded(true);
    });
    return () => {
      active = false;
    };
  }, [loaded]);
  return loaded && LoadedChart ? <LoadedChart {...props} /> : fallback;
}
