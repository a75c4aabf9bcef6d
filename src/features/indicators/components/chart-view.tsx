import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { formatNumber, formatPeriod, formatValue } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../i18n/text';
import type { Indicator, PilotEvent, Target } from '../../../lib/api/schemas';
import { indicatorsMessages, vocabularyMessages } from '../indicators-messages';
import { formatIndicatorPeriod, formatTimeTick } from '../utils/format';
import { prepareChart } from '../utils/prepare-chart';
import { chartPoints, type ChartPoint } from '../utils/chart-maths';
import type { SeriesInfo } from '../utils/describe-series';
import { recordChartMetric } from '../utils/metrics';
import type { TimeSeriesChartProps } from './time-series-chart';

let LoadedChart: ComponentType<TimeSeriesChartProps> | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the recharts component on first use (its own chunk; see time-series-chart.tsx).
 * Loaded in an effect rather than with React.lazy: a Suspense boundary keeps a revealed
 * fallback for at least 300 ms before showing the content (React's reveal throttle), which
 * would delay every chart by that much for nothing.
 */
function useChartLoaded(): boolean {
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
  return loaded;
}

/**
 * Width of the element, kept up to date with a ResizeObserver: undefined until measured (in a
 * layout effect, before the first paint), so the chart is built once, at its real width.
 */
function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      setWidth((current) => (current !== undefined && Math.abs(current - next) < 8 ? current : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Width used when the element has no layout (jsdom in the component tests). */
const FALLBACK_WIDTH = 720;

interface ChartViewProps {
  indicator: Indicator;
  visible: ReadonlyArray<SeriesInfo>;
  targets: ReadonlyArray<Target>;
  /** Numbered events in the range (the list under the chart gives the numbers their titles). */
  events: ReadonlyArray<PilotEvent>;
  from: number;
  to: number;
  label: string;
  /** Fold the events list into a disclosure (the embed, where height is scarce). */
  compactEvents?: boolean;
}

/**
 * The chart and its legend. Prepares everything for the recharts component: points in range,
 * reduced with LTTB to about one per horizontal pixel of the plot (the table keeps them all),
 * the target paths clipped to the range, both axes, and the strings in the page's language.
 */
export function ChartView({ indicator, visible, targets, events, from, to, label, compactEvents = false }: ChartViewProps) {
  const t = useMessages(indicatorsMessages);
  const vocabulary = useMessages(vocabularyMessages);
  const language = useLanguage();
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const chartLoaded = useChartLoaded();
  const width = measured === undefined ? undefined : measured > 0 ? measured : FALLBACK_WIDTH;
  const height = (width ?? FALLBACK_WIDTH) < 520 ? 280 : 360;
  const unit = pickText(indicator.unit, language);

  const inRange = useMemo(() => visible.map((series) => ({ series, points: chartPoints(series.points, from, to) })), [visible, from, to]);
  // Built once the width is known (a layout effect, before the first paint).
  const prepared = useMemo(
    () => (width === undefined ? undefined : prepareChart({ inRange, targets, events, from, to, width })),
    [inRange, targets, events, from, to, width],
  );

  const tickDecimals = prepared?.yScale.ticks.some((tick) => !Number.isInteger(tick)) ? Math.min(3, Math.max(1, indicator.decimals)) : 0;
  const formatPoint = useCallback(
    (point: ChartPoint) => {
      const value = formatValue(point.v, language, indicator.decimals, unit);
      const quality = point.quality === 'measured' ? '' : ` (${vocabulary[point.quality].toLowerCase()})`;
      const note = point.note ? ` – ${pickText(point.note, language)}` : '';
      return `${value}${quality}${note}`;
    },
    [language, indicator.decimals, unit, vocabulary],
  );
  const formatTime = useCallback(
    (time: number) =>
      formatIndicatorPeriod(
        new Date(time).toISOString().slice(0, indicator.frequency === 'annual' ? 4 : indicator.frequency === 'daily' ? 10 : 7),
        indicator.frequency,
        language,
      ),
    [indicator.frequency, language],
  );
  const formatXTick = useCallback((time: number) => formatTimeTick(time, language), [language]);
  const formatYTick = useCallback((value: number) => formatNumber(value, language, tickDecimals), [language, tickDecimals]);
  const markerLabels = useMemo(() => ({ baseline: t.markerBaseline, target: t.markerTarget }), [t]);
  const onMounted = useCallback(
    (mountMs: number, startedAt: number) => {
      if (prepared && width !== undefined)
        recordChartMetric({ mountMs, reduceMs: prepared.reduceMs, totalPoints: prepared.total, drawnPoints: prepared.drawn, width, startedAt });
    },
    [prepared, width],
  );

  const hasNotMeasured = useMemo(() => inRange.some(({ points }) => points.some((point) => point.v !== null && point.quality !== 'measured')), [inRange]);
  const visibleAreaIds = new Set(visible.filter((item) => item.kind === 'area').map((item) => item.areaId));
  const hasTargets = targets.some((target) => visibleAreaIds.has(target.areaId));

  return (
    <div className="chart-view">
      <p className="chart-view__unit muted">{unit}</p>
      <div ref={ref} className="chart-view__canvas" style={{ minHeight: height }}>
        {chartLoaded && LoadedChart && prepared && width !== undefined ? (
          <LoadedChart
            width={width}
            height={height}
            label={label}
            series={prepared.series}
            targets={prepared.targets}
            events={prepared.events}
            xDomain={prepared.xDomain}
            xTicks={prepared.xTicks}
            yDomain={prepared.yScale.domain}
            yTicks={prepared.yScale.ticks}
            formatTime={formatTime}
            formatXTick={formatXTick}
            formatYTick={formatYTick}
            formatPoint={formatPoint}
            markerLabels={markerLabels}
            onMounted={onMounted}
          />
        ) : (
          <div className="chart-view__placeholder" style={{ height }} role="status">
            {t.chartLoading}
          </div>
        )}
      </div>
      {prepared ? (
        <p className="chart-view__note muted">
          {prepared.yScale.startsAtZero ? t.axisStartsAtZero : t.axisNotZero}{' '}
          {prepared.drawn < prepared.total ? t.chartReducedNote(formatNumber(prepared.drawn, language), formatNumber(prepared.total, language)) : null}
        </p>
      ) : null}
      <ChartLegend series={visible} hasTargets={hasTargets} hasNotMeasured={hasNotMeasured} hasEvents={events.length > 0} />
      {events.length > 0 ? (
        compactEvents ? (
          <details className="chart-view__events">
            <summary>{t.eventsHeading}</summary>
            <EventList events={events} />
          </details>
        ) : (
          <div className="chart-view__events">
            <h3>{t.eventsHeading}</h3>
            <EventList events={events} />
          </div>
        )
      ) : null}
    </div>
  );
}

function EventList({ events }: { events: ReadonlyArray<PilotEvent> }) {
  const language = useLanguage();
  const t = useMessages(indicatorsMessages);
  return (
    <ol aria-label={t.eventsHeading}>
      {events.map((event) => (
        <li key={event.id}>
          <span className="tabular">{formatPeriod(event.period, language)}</span>: {pickText(event.title, language)}
        </li>
      ))}
    </ol>
  );
}

/** The legend, in HTML beside the SVG: series (colour and marker shape), target path, markers, quality, events. */
function ChartLegend({
  series,
  hasTargets,
  hasNotMeasured,
  hasEvents,
}: {
  series: ReadonlyArray<SeriesInfo>;
  hasTargets: boolean;
  hasNotMeasured: boolean;
  hasEvents: boolean;
}) {
  const t = useMessages(indicatorsMessages);
  return (
    <div className="chart-legend">
      <h3 className="visually-hidden">{t.legendHeading}</h3>
      <ul>
        {series.map((item, index) =>
          item.kind === 'reference' ? (
            <li key={item.key} className="chart-legend__reference">
              <svg width="32" height="14" aria-hidden="true" focusable="false" className="ts-series--reference">
                <line x1="0" y1="7" x2="32" y2="7" className="legend-line" strokeWidth={1.5} strokeDasharray="6 4" />
              </svg>
              {t.referenceName(item.name)}
            </li>
          ) : (
            <li key={item.key}>
              <svg width="32" height="14" aria-hidden="true" focusable="false" className={`ts-series--${item.colorIndex % 6}`}>
                <line x1="0" y1="7" x2="32" y2="7" className="legend-line" strokeWidth={item.kind === 'area' ? 2.5 : 1.5} />
                {index % 2 === 1 ? <rect x="12" y="3" width="8" height="8" className="legend-dot" /> : <circle cx="16" cy="7" r="4" className="legend-dot" />}
              </svg>
              {item.name}
            </li>
          ),
        )}
        {hasTargets ? (
          <>
            <li>
              <svg width="32" height="14" aria-hidden="true" focusable="false">
                <line x1="0" y1="7" x2="32" y2="7" className="legend-target" strokeDasharray="7 5" />
              </svg>
              {t.legendTargetPath}
            </li>
            <li>
              <svg width="16" height="14" aria-hidden="true" focusable="false">
                <circle cx="8" cy="7" r="5" className="legend-marker" />
              </svg>
              {t.legendBaseline}
            </li>
            <li>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M8 1L15 8L8 15L1 8Z" className="legend-marker" />
              </svg>
              {t.legendTarget}
            </li>
          </>
        ) : null}
        {hasNotMeasured ? (
          <>
            <li>
              <svg width="16" height="14" aria-hidden="true" focusable="false">
                <circle cx="8" cy="7" r="4" className="ts-dot ts-dot--measured legend-quality" />
              </svg>
              {t.legendMeasured}
            </li>
            <li>
              <svg width="16" height="14" aria-hidden="true" focusable="false">
                <circle cx="8" cy="7" r="4" className="ts-dot ts-dot--other legend-quality" />
              </svg>
              {t.legendNotMeasured}
            </li>
          </>
        ) : null}
        {hasEvents ? (
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <line x1="8" y1="0" x2="8" y2="16" className="legend-event" strokeDasharray="2 3" />
            </svg>
            {t.legendEvent}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
