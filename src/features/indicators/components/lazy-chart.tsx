import { useEffect, useRef, useState } from 'react';
import { onDemand, useOnDemand } from '../../../lib/lazy/on-demand';
import type { TimeSeriesChartProps } from './time-series-chart';
import { StaticChart } from './static-chart';

const recharts = onDemand(() => import('./time-series-chart').then((module) => module.TimeSeriesChart));

/**
 * The chart: first the plain SVG drawing (StaticChart), and the recharts chart — with its
 * tooltip and keyboard read-out — from the moment the reader points at, touches or focuses it
 * (issue 12: recharts' load and mount were most of the indicator page's blocking time). Once
 * recharts is loaded, every later chart uses it directly. A reader who had focused the drawing
 * keeps focus on the chart that replaces it. If recharts cannot be loaded the drawing stays.
 */
export function LazyChart(props: TimeSeriesChartProps) {
  const [wanted, setWanted] = useState(false);
  const { value: LoadedChart } = useOnDemand(recharts, wanted);
  const container = useRef<HTMLDivElement>(null);
  const focusOnMount = useRef(false);

  useEffect(() => {
    if (!LoadedChart || !focusOnMount.current) return;
    focusOnMount.current = false;
    // Only when focus went down with the drawing: a reader who has moved on keeps their place.
    const lost = document.activeElement === null || document.activeElement === document.body;
    const element = container.current;
    if (!lost || !element) return;
    // recharts draws its surface a render after mounting: focus it as soon as it is there.
    const focusSurface = () => {
      const surface = element.querySelector<SVGElement>('.recharts-surface');
      surface?.focus();
      return surface !== null;
    };
    if (focusSurface()) return;
    const observer = new MutationObserver(() => {
      if (focusSurface()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [LoadedChart]);

  if (LoadedChart) {
    return (
      <div ref={container} className="chart-view__live">
        <LoadedChart {...props} />
      </div>
    );
  }
  const want = () => setWanted(true);
  return (
    <div
      ref={container}
      className="chart-view__live"
      onPointerEnter={want}
      onPointerDown={want}
      onFocus={() => {
        focusOnMount.current = true;
        want();
      }}
    >
      <StaticChart {...props} />
    </div>
  );
}
