/**
 * The recharts time series. This module is the only one that imports recharts; the indicator
 * page and the embed load it with React.lazy, so the library is fetched only on those routes,
 * after the page's own text and table.
 *
 * - Numeric time axis (`type="number"`, times from periodToTime): no category bookkeeping, and
 *   series with different periods share one axis.
 * - Animation is always off: this chart is read, not watched. Redrawing after every range or
 *   series change should be instant, long lines cost mount time to animate, and it also honours
 *   prefers-reduced-motion without a media-query listener.
 * - Baseline and target markers carry no text in the plot: "Mål" and "Baslinje" sat on
 *   lines, stacked on each other and covered tick labels. Their shapes (circle, diamond) are
 *   named in the legend beside the chart, and each marker has an SVG <title> for pointer users.
 * - Presentational: it receives already reduced points, the clipped target paths, the axes and
 *   the formatted strings; everything is computed (and tested) in ../utils/prepare-chart.ts,
 *   chart-maths.ts and chart-geometry.ts.
 */
import { memo, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import type { ChartSeries, ChartTarget } from '../utils/prepare-chart';
import type { ChartProjection } from '../utils/chart-projection';
import { ProjectionMarks } from './projection-marks';
import type { ChartPoint, EventMarker } from '../utils/chart-maths';
import { nearestPoint } from '../utils/nearest-point';
import { CHART_MARGIN, DENSE, VALUE_AXIS_WIDTH } from '../utils/chart-geometry';
import { markerShape, QualityMark, TargetDiamond } from './chart-marks';

export interface TimeSeriesChartProps {
  width: number;
  height: number;
  /** Accessible name of the chart (the figure's caption carries the sentence). */
  label: string;
  series: ReadonlyArray<ChartSeries>;
  targets: ReadonlyArray<ChartTarget>;
  /** Forecasts: dashed projections with their 80 % band. */
  projections?: ReadonlyArray<ChartProjection>;
  /** Event markers, already grouped so that labels do not overlap. */
  events: ReadonlyArray<EventMarker>;
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
  /** The period a point stands for, for the tooltip. */
  formatTime: (time: number) => string;
  formatXTick: (time: number) => string;
  formatYTick: (value: number) => string;
  /** Tooltip line for a point, e.g. "56 kWh/m² (uppskattat)". */
  formatPoint: (point: ChartPoint) => string;
  markerLabels: { baseline: string; target: string };
  /** Called once, when every line is in the DOM, with the mount time in ms. */
  onMounted?: (mountMs: number, startedAt: number) => void;
  /**
   * Takes the focus once drawn, if no other element has it: the chart replaces a focused drawing
   * (lazy-chart.tsx), whose focus went down with it.
   */
  focusOnMount?: boolean;
}

interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  payload?: { value: number };
  index?: number;
  tickFormatter?: (value: number, index: number) => string;
}

/**
 * A tick label as plain SVG text. recharts' own tick (`Text`) wraps its label to the axis width,
 * measuring every word in the DOM, and the axis then reads the first label's computed style,
 * which forces a style recalculation of the page: together ~45 % of the chart's 370 ms mount
 * task under Lighthouse. These labels are short and never wrap. The class differs
 * from recharts' on purpose: the axis looks its own class up to measure it.
 */
function AxisTick({ x, y, textAnchor, verticalAnchor, payload, index = 0, tickFormatter }: AxisTickProps) {
  if (!payload) return null;
  // The same offsets recharts' Text uses for one line (cap height 0.71em).
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : undefined;
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} className="ts-axis__tick">
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}

/**
 * What both axes share. Numeric, and every tick given is drawn (`interval={0}`): the ticks are
 * already spaced for the width (timeTicks, ≥ 90 px apart), and a numeric interval spares recharts
 * measuring each label's text in the DOM to thin them out (`getTicks` →
 * `measureTextWithDOM` in a 700 ms task at 4×). The labels are `AxisTick`s.
 */
const AXIS = { type: 'number', interval: 0, tick: AxisTick, allowDataOverflow: true, className: 'ts-axis' } as const;

function QualityDot({
  cx,
  cy,
  payload,
  index,
  shape,
  dense,
  colorIndex,
}: DotItemDotProps & { shape: 'circle' | 'square'; dense: boolean; colorIndex: number }) {
  const point = payload as ChartPoint;
  if (cx === undefined || cy === undefined || point.v === null || point.quality === undefined) return <g key={index} />;
  return <QualityMark key={index} x={cx} y={cy} quality={point.quality} shape={shape} dense={dense} colorIndex={colorIndex} />;
}

function TooltipBody({
  label,
  series,
  formatTime,
  formatPoint,
  tolerance,
}: {
  label: number | string | undefined;
  series: ReadonlyArray<ChartSeries>;
  formatTime: (time: number) => string;
  formatPoint: (point: ChartPoint) => string;
  tolerance: number;
}): ReactNode {
  if (typeof label !== 'number') return null;
  const lines = series.flatMap((item) => {
    const point = nearestPoint(item.points, label, tolerance);
    return point && point.v !== null ? [{ item, point }] : [];
  });
  if (lines.length === 0) return null;
  const time = lines[0]?.point.t ?? label;
  return (
    <div className="ts-tooltip">
      <p className="ts-tooltip__time">{formatTime(time)}</p>
      <ul>
        {lines.map(({ item, point }) => (
          <li key={item.key}>
            <span className={`ts-swatch ts-swatch--${item.kind === 'reference' ? 'reference' : item.colorIndex % 6}`} aria-hidden="true" />
            {item.name}: <strong>{formatPoint(point)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Memoised: the page re-renders on every URL change, and redrawing 1 000 points is not free. */
export const TimeSeriesChart = memo(function TimeSeriesChart(props: TimeSeriesChartProps) {
  const {
    width,
    height,
    label,
    series,
    targets,
    projections = [],
    events,
    xDomain,
    xTicks,
    yDomain,
    yTicks,
    formatTime,
    formatXTick,
    formatYTick,
    formatPoint,
    markerLabels,
    onMounted,
    focusOnMount = false,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  // The render that starts the mount: measured until the lines are in the DOM.
  const [renderStart] = useState(() => performance.now());
  const reported = useRef(false);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element || reported.current || !onMounted) return;
    const expected = series.filter((item) => item.points.filter((point) => point.v !== null).length > 1).length;
    const isDrawn = () => element.querySelectorAll('.recharts-line-curve').length >= expected && element.querySelector('.recharts-cartesian-axis') !== null;
    const report = () => {
      reported.current = true;
      onMounted(performance.now() - renderStart, renderStart);
    };
    if (isDrawn()) {
      report();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!reported.current && isDrawn()) {
        observer.disconnect();
        report();
      }
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [series, onMounted, renderStart]);

  useLayoutEffect(() => {
    const element = container.current;
    if (!focusOnMount || !element) return;
    // recharts draws its surface a render after mounting: focus it as soon as it is there.
    const focusSurface = () => {
      const surface = element.querySelector<SVGElement>('.recharts-surface');
      const free = document.activeElement === null || document.activeElement === document.body;
      if (surface && free) surface.focus();
      return surface !== null;
    };
    if (focusSurface()) return;
    const observer = new MutationObserver(() => {
      if (focusSurface()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
    // Only on mount: a later change of the prop must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const plotWidth = Math.max(1, width - 90);
  const tolerance = ((xDomain[1] - xDomain[0]) / plotWidth) * 4;

  return (
    <div ref={container} className="ts-chart">
      <LineChart width={width} height={height} margin={CHART_MARGIN} accessibilityLayer title={label}>
        <CartesianGrid vertical={false} />
        <XAxis {...AXIS} dataKey="t" domain={xDomain} ticks={xTicks} tickFormatter={formatXTick} allowDuplicatedCategory={false} />
        <YAxis {...AXIS} domain={yDomain} ticks={yTicks} tickFormatter={formatYTick} width={VALUE_AXIS_WIDTH} />
        {events.map((event) => (
          <ReferenceLine
            key={event.id}
            x={event.t}
            className="ts-event"
            strokeDasharray="2 3"
            ifOverflow="hidden"
            // recharts writes its own grey (#808080, 3.9:1 on white) into the label's style: the
            // page's muted text colour passes 4.5:1 and matches the first paint (static-chart.tsx).
            label={{ value: event.label, position: 'insideTopLeft', className: 'ts-event__label', fill: 'var(--text-muted)' }}
          />
        ))}
        {targets.map((target) =>
          target.path ? (
            <ReferenceLine
              key={`${target.key}-path`}
              segment={[
                { x: target.path[0].t, y: target.path[0].v },
                { x: target.path[1].t, y: target.path[1].v },
              ]}
              className={`ts-target ts-target--${target.colorIndex % 6}`}
              strokeDasharray="7 5"
              strokeWidth={2}
              ifOverflow="hidden"
            />
          ) : null,
        )}
        {projections.length > 0 ? <RechartsProjections projections={projections} /> : null}
        {series.map((item, index) => {
          if (item.kind === 'reference') {
            // A reference area (e.g. the whole city): a thin dashed grey line without markers,
            // named after the area in the legend and the tooltip.
            return (
              <Line
                key={item.key}
                data={item.points}
                dataKey="v"
                name={item.name}
                type="linear"
                className="ts-series ts-series--reference"
                strokeWidth={1.5}
                strokeDasharray="6 4"
                isAnimationActive={false}
                connectNulls={false}
                dot={false}
                activeDot={{ r: 4, className: 'ts-active-dot ts-series--reference' }}
              />
            );
          }
          const shape = markerShape(index);
          const dense = item.points.length > DENSE;
          return (
            <Line
              key={item.key}
              data={item.points}
              dataKey="v"
              name={item.name}
              type="linear"
              className={`ts-series ts-series--${item.colorIndex % 6} ts-series--${item.kind}`}
              strokeWidth={item.kind === 'area' ? 2.5 : 1.5}
              isAnimationActive={false}
              connectNulls={false}
              // A dense line draws no markers of its own: the few values that are not measured get
              // theirs from the overlay below, so a thousand empty markers are never rendered.
              dot={dense ? false : (dotProps: DotItemDotProps) => <QualityDot {...dotProps} shape={shape} dense={false} colorIndex={item.colorIndex} />}
              activeDot={{ r: 5, className: `ts-active-dot ts-series--${item.colorIndex % 6}` }}
            />
          );
        })}
        {series.map((item, index) => {
          if (item.points.length <= DENSE || item.kind === 'reference') return null;
          const notMeasured = item.points.filter((point) => point.v !== null && point.quality !== 'measured');
          if (notMeasured.length === 0) return null;
          const shape = markerShape(index);
          return (
            <Line
              key={`${item.key}-quality`}
              data={notMeasured}
              dataKey="v"
              name={item.name}
              className={`ts-series ts-series--${item.colorIndex % 6} ts-quality-overlay`}
              stroke="none"
              isAnimationActive={false}
              legendType="none"
              tooltipType="none"
              activeDot={false}
              dot={(dotProps: DotItemDotProps) => <QualityDot {...dotProps} shape={shape} dense colorIndex={item.colorIndex} />}
            />
          );
        })}
        {targets.flatMap((target) => [
          target.baseline ? (
            <ReferenceDot
              key={`${target.key}-baseline`}
              x={target.baseline.t}
              y={target.baseline.v}
              r={6}
              className={`ts-marker ts-marker--baseline ts-marker--${target.colorIndex % 6}`}
              ifOverflow="hidden"
            >
              <title>{markerLabels.baseline}</title>
            </ReferenceDot>
          ) : null,
          target.target ? (
            <ReferenceDot
              key={`${target.key}-target`}
              x={target.target.t}
              y={target.target.v}
              r={7}
              className={`ts-marker ts-marker--target ts-marker--${target.colorIndex % 6}`}
              ifOverflow="hidden"
              shape={(shapeProps) => <TargetShape cx={shapeProps.cx} cy={shapeProps.cy} title={markerLabels.target} />}
            />
          ) : null,
        ])}
        <Tooltip
          isAnimationActive={false}
          cursor={{ className: 'ts-cursor' }}
          content={(tooltip: TooltipContentProps) => (
            <TooltipBody label={tooltip.label} series={series} formatTime={formatTime} formatPoint={formatPoint} tolerance={tolerance} />
          )}
        />
      </LineChart>
    </div>
  );
});

/** The forecasts, drawn with the chart's own axis scales (recharts renders its children inside the chart). */
function RechartsProjections({ projections }: { projections: ReadonlyArray<ChartProjection> }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return <ProjectionMarks projections={projections} x={(t) => Number(x(t))} y={(v) => Number(y(v))} />;
}

/** recharts' shape callback for the target marker (its coordinates may be missing or strings). */
function TargetShape({ cx, cy, title }: { cx: number | string | undefined; cy: number | string | undefined; title: string }) {
  const x = Number(cx);
  const y = Number(cy);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return <g />;
  return <TargetDiamond x={x} y={y} title={title} />;
}
