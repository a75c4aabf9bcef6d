import { useCallback, useMemo } from 'react';
import { formatNumber, formatPeriod, formatValue } from '../../../core/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import type { Indicator, PilotEvent, Target } from '../../../contract/schemas';
import { indicatorsMessages, vocabularyMessages } from '../indicators-messages';
import { formatIndicatorPeriod, formatTimeTick } from '../utils/format';
import { prepareChart, projectionsInView } from '../utils/prepare-chart';
import { chartPoints, type ChartPoint } from '../utils/chart-maths';
import type { SeriesInfo } from '../utils/describe-series';
import { recordChartMetric } from '../utils/metrics';
import { useElementWidth } from '../../../lib/dom/use-element-width';
import { ChartLegend } from './chart-legend';
import { ProjectionLegend } from './projection-legend';
import { LazyChart } from './lazy-chart';
import type { AreaForecast } from '../utils/chart-projection';

const NO_FORECASTS: ReadonlyArray<AreaForecast> = [];

/** Width used when the element has no layout (jsdom in the component tests). */
const FALLBACK_WIDTH = 720;
/** The canvas's width may be read from the prerendered page before the app draws over it, so the first paint has its final size. */
const CHART_WIDTH_KEY = 'chart';

interface ChartViewProps {
  indicator: Indicator;
  visible: ReadonlyArray<SeriesInfo>;
  targets: ReadonlyArray<Target>;
  /** Numbered events in the range (the list under the chart gives the numbers their titles). */
  events: ReadonlyArray<PilotEvent>;
  from: number;
  to: number;
  label: string;
  /** The districts' forecasts, drawn as dashed projections with their band. */
  forecasts?: ReadonlyArray<AreaForecast>;
  /** Fold the events list into a disclosure (the embed, where height is scarce). */
  compactEvents?: boolean;
}

/**
 * The chart and its legend. Prepares everything for the recharts component: points in range,
 * reduced with LTTB to about one per horizontal pixel of the plot (the table keeps them all),
 * the target paths clipped to the range, both axes, and the strings in the page's language.
 */
export function ChartView({ indicator, visible, targets, forecasts = NO_FORECASTS, events, from, to, label, compactEvents = false }: ChartViewProps) {
  const t = useMessages(indicatorsMessages);
  const vocabulary = useMessages(vocabularyMessages);
  const language = useLanguage();
  const [ref, measured] = useElementWidth<HTMLDivElement>(8, { widthKey: CHART_WIDTH_KEY });
  const width = measured === undefined ? undefined : measured > 0 ? measured : FALLBACK_WIDTH;
  const height = (width ?? FALLBACK_WIDTH) < 520 ? 280 : 360;
  const unit = pickText(indicator.unit, language);

  const inRange = useMemo(() => visible.map((series) => ({ series, points: chartPoints(series.points, from, to) })), [visible, from, to]);
  const projections = useMemo(() => projectionsInView(inRange, forecasts, to), [inRange, forecasts, to]);
  // Built once the width is known (a layout effect, before the first paint).
  const prepared = useMemo(
    () => (width === undefined ? undefined : prepareChart({ inRange, targets, events, from, to, width, projections })),
    [inRange, targets, events, from, to, width, projections],
  );

  const tickDecimals = prepared?.yScale.ticks.some((tick) => !Number.isInteger(tick)) ? Math.min(3, Math.max(1, indicator.decimals)) : 0;
  const formatPoint = useCallback(
    (point: ChartPoint) => {
      const value = formatValue(point.v, language, indicator.decimals, unit);
      const quality = point.quality === undefined || point.quality === 'measured' ? '' : ` (${vocabulary[point.quality].toLowerCase()})`;
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

  // Shown only until the width is known (the prerendered page): its height comes from the
  // stylesheet, by the screen's width, so a phone's prerendered page already has the phone's.
  const placeholder = (
    <div className="chart-view__placeholder" role="status">
      {t.chartLoading}
    </div>
  );

  return (
    <div className="chart-view">
      <p className="chart-view__unit muted">{unit}</p>
      <div
        ref={ref}
        className={width === undefined ? 'chart-view__canvas chart-view__canvas--unmeasured' : 'chart-view__canvas'}
        style={width === undefined ? undefined : { minHeight: height }}
        data-width-key={CHART_WIDTH_KEY}
      >
        {prepared && width !== undefined ? (
          <LazyChart
            width={width}
            height={height}
            label={label}
            series={prepared.series}
            targets={prepared.targets}
            projections={prepared.projections}
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
          placeholder
        )}
      </div>
      {/* There before the width is known too, holding the line it will take (without it, the legend was pushed down). */}
      <p className="chart-view__note muted">
        {prepared ? (
          <>
            {prepared.yScale.startsAtZero ? t.axisStartsAtZero : t.axisNotZero}{' '}
            {prepared.drawn < prepared.total ? t.chartReducedNote(formatNumber(prepared.drawn, language), formatNumber(prepared.total, language)) : null}
          </>
        ) : null}
      </p>
      <ChartLegend series={visible} hasTargets={hasTargets} hasNotMeasured={hasNotMeasured} hasEvents={events.length > 0} />
      {/* Known without the width, so the prerendered page holds its place too. */}
      {projections.length > 0 ? <ProjectionLegend /> : null}
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
