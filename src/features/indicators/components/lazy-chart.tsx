import { useState } from 'react';
import { onDemand, useOnDemand } from '../../../lib/lazy/on-demand';
import type { TimeSeriesChartProps } from './time-series-chart';
import { StaticChart } from './static-chart';

const recharts = onDemand(() => import('./time-series-chart').then((module) => module.TimeSeriesChart));

/**
 * The chart: first the plain SVG drawing (StaticChart), and the recharts chart — with its
 * tooltip and keyboard read-out — from the moment the reader points at, touches or focuses it
 * (recharts' load and mount were most of the indicator page's blocking time). Once
 * recharts is loaded, every later chart uses it directly. A reader who had focused the drawing
 * gets the focus on the chart that replaces it. If recharts cannot be loaded the drawing stays.
 */
export function LazyChart(props: TimeSeriesChartProps) {
  const [wanted, setWanted] = useState(false);
  const [focused, setFocused] = useState(false);
  const { value: LoadedChart } = useOnDemand(recharts, wanted);
  if (LoadedChart) {
    return (
      <div className="chart-view__live">
        <LoadedChart {...props} focusOnMount={focused} />
      </div>
    );
  }
  const want = () => setWanted(true);
  return (
    <div
      className="chart-view__live"
      onPointerEnter={want}
      onPointerDown={want}
      onFocus={() => {
        setFocused(true);
        want();
      }}
    >
      <StaticChart {...props} />
    </div>
  );
}
