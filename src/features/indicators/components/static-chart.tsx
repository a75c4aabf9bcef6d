/**
 * The chart's first paint: the same picture as the recharts chart (time-series-chart.tsx), drawn
 * as plain SVG from the same prepared data and the same geometry (../utils/chart-geometry.ts),
 * without the pointer and keyboard read-out. LazyChart swaps in the recharts chart when the
 * reader first points at, touches or focuses the chart.
 *
 * Why: loading recharts and mounting it took one 170–280 ms task on every indicator
 * page and embed, ~800 ms of Lighthouse's blocking time at its 4× CPU slowdown, for a tooltip
 * most readers never ask for. This draws in a few milliseconds.
 */
import { useId } from 'react';
import type { TimeSeriesChartProps } from './time-series-chart';
import { chartScales, DENSE, linePath, plotBox, pointInPlot, TICK_MARGIN, TICK_SIZE, type ChartScales, type PlotBox } from '../utils/chart-geometry';
import type { ChartPoint } from '../utils/chart-maths';
import { markerShape, QualityMark, TargetDiamond } from './chart-marks';
import { ProjectionMarks } from './projection-marks';

type StaticChartProps = Pick<
  TimeSeriesChartProps,
  | 'width'
  | 'height'
  | 'label'
  | 'series'
  | 'targets'
  | 'projections'
  | 'events'
  | 'xDomain'
  | 'xTicks'
  | 'yDomain'
  | 'yTicks'
  | 'formatXTick'
  | 'formatYTick'
  | 'markerLabels'
>;

export function StaticChart(props: StaticChartProps) {
  const { width, height, label, series, targets, projections = [], events, xDomain, xTicks, yDomain, yTicks, formatXTick, formatYTick, markerLabels } = props;
  // useId's characters are not all valid in a url(#…) reference.
  const clipId = `ts-clip${useId().replace(/[^\w-]/g, '')}`;
  const box = plotBox(width, height);
  const scales = chartScales(box, xDomain, yDomain);
  const timeTicks = xTicks.filter((tick) => tick >= xDomain[0] && tick <= xDomain[1]);

  return (
    <div className="ts-chart ts-chart--static" style={{ width, height }}>
      {/* Focusable like recharts' surface, which takes its place on focus (LazyChart). */}
      <svg className="ts-static" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="application" tabIndex={0}>
        <title>{label}</title>
        <defs>
          <clipPath id={clipId}>
            <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} />
          </clipPath>
        </defs>
        <g className="ts-grid">
          {yTicks.map((tick) => (
            <line key={tick} x1={box.left} x2={box.right} y1={scales.y(tick)} y2={scales.y(tick)} />
          ))}
        </g>
        <g className="ts-axis ts-axis--time">
          <line className="ts-axis__line" x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} />
          {timeTicks.map((tick) => (
            <g key={tick}>
              <line className="ts-axis__line" x1={scales.x(tick)} x2={scales.x(tick)} y1={box.bottom} y2={box.bottom + TICK_SIZE} />
              <text className="ts-axis__tick" x={scales.x(tick)} y={box.bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle">
                {formatXTick(tick)}
              </text>
            </g>
          ))}
        </g>
        <g className="ts-axis ts-axis--value">
          <line className="ts-axis__line" x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} />
          {yTicks.map((tick) => (
            <g key={tick}>
              <line className="ts-axis__line" x1={box.left - TICK_SIZE} x2={box.left} y1={scales.y(tick)} y2={scales.y(tick)} />
              <text className="ts-axis__tick" x={box.left - TICK_SIZE - TICK_MARGIN} y={scales.y(tick)} dy="0.355em" textAnchor="end">
                {formatYTick(tick)}
              </text>
            </g>
          ))}
        </g>
        {events.map((event) => {
          const x = scales.x(event.t);
          if (x < box.left || x > box.right) return null;
          return (
            <g key={event.id} className="ts-event">
              {/* Drawn upwards, as recharts does, so the dashes fall on the same pixels. */}
              <line x1={x} x2={x} y1={box.bottom} y2={box.top} strokeDasharray="2 3" />
              <text className="ts-event__label" x={x + 5} y={box.top + 5} dy="0.71em">
                {event.label}
              </text>
            </g>
          );
        })}
        {/* Lines and markers are cut at the plot's edges, as recharts cuts them (allowDataOverflow). */}
        <g clipPath={`url(#${clipId})`}>
          {targets.map((target) =>
            target.path ? (
              <g key={target.key} className={`ts-target ts-target--${target.colorIndex % 6}`}>
                <line
                  x1={scales.x(target.path[0].t)}
                  y1={scales.y(target.path[0].v)}
                  x2={scales.x(target.path[1].t)}
                  y2={scales.y(target.path[1].v)}
                  strokeDasharray="7 5"
                  strokeWidth={2}
                />
              </g>
            ) : null,
          )}
          <ProjectionMarks projections={projections} x={scales.x} y={scales.y} />
          {series.map((item) => (
            <g
              key={item.key}
              className={item.kind === 'reference' ? 'ts-series ts-series--reference' : `ts-series ts-series--${item.colorIndex % 6} ts-series--${item.kind}`}
            >
              <path
                className="ts-line"
                d={linePath(item.points, scales)}
                strokeWidth={item.kind === 'area' ? 2.5 : 1.5}
                strokeDasharray={item.kind === 'reference' ? '6 4' : undefined}
              />
            </g>
          ))}
          {series.map((item, index) =>
            item.kind === 'reference' ? null : (
              <QualityDots key={item.key} points={item.points} scales={scales} box={box} shape={markerShape(index)} colorIndex={item.colorIndex} />
            ),
          )}
          {targets.map((target) => {
            const baseline = target.baseline && pointInPlot(target.baseline, scales, box);
            const goal = target.target && pointInPlot(target.target, scales, box);
            return (
              <g key={target.key}>
                {baseline ? (
                  <g className={`ts-marker ts-marker--baseline ts-marker--${target.colorIndex % 6}`}>
                    <circle cx={baseline.x} cy={baseline.y} r={6}>
                      <title>{markerLabels.baseline}</title>
                    </circle>
                  </g>
                ) : null}
                {goal ? (
                  <g className={`ts-marker ts-marker--target ts-marker--${target.colorIndex % 6}`}>
                    <TargetDiamond x={goal.x} y={goal.y} title={markerLabels.target} />
                  </g>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

/** A series' markers: every value on a short series, only the values that are not measured on a dense one. */
function QualityDots({
  points,
  scales,
  box,
  shape,
  colorIndex,
}: {
  points: ReadonlyArray<ChartPoint>;
  scales: ChartScales;
  box: PlotBox;
  shape: 'circle' | 'square';
  colorIndex: number;
}) {
  const dense = points.length > DENSE;
  return (
    <g className={`ts-series--${colorIndex % 6}`}>
      {points.map((point, index) => {
        if (point.v === null || point.quality === undefined || (dense && point.quality === 'measured')) return null;
        const at = pointInPlot({ t: point.t, v: point.v }, scales, box);
        return at ? <QualityMark key={index} x={at.x} y={at.y} quality={point.quality} shape={shape} dense={dense} colorIndex={colorIndex} /> : null;
      })}
    </g>
  );
}
