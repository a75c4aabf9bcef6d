/**
 * Where the chart's parts go, in pixels: the plot box inside the margins and axes, the two
 * scales, and each line's path. The recharts chart and its plain SVG first paint
 * (static-chart.tsx) are laid out from the same numbers, so the page does not move when one
 * replaces the other.
 */
import type { ChartPoint, XY } from './chart-maths';

/** The chart's outer margins, in px (recharts' `margin`). */
export const CHART_MARGIN = { top: 24, right: 24, bottom: 8, left: 8 } as const;
/** The value axis' width, in px (recharts' YAxis `width`). */
export const VALUE_AXIS_WIDTH = 64;
/** The time axis' height, in px (recharts' XAxis default). */
export const TIME_AXIS_HEIGHT = 30;
/** Series with more points than this mark only the values that are not measured (smaller markers). */
export const DENSE = 80;
/** Tick line length and the gap to its label, in px (recharts' defaults). */
export const TICK_SIZE = 6;
export const TICK_MARGIN = 2;

export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The plot area of a chart `width` × `height` px. */
export function plotBox(width: number, height: number): PlotBox {
  const left = CHART_MARGIN.left + VALUE_AXIS_WIDTH;
  const top = CHART_MARGIN.top;
  return {
    left,
    top,
    right: Math.max(left + 1, width - CHART_MARGIN.right),
    bottom: Math.max(top + 1, height - CHART_MARGIN.bottom - TIME_AXIS_HEIGHT),
  };
}

/** A linear scale from `domain` onto `range`; a zero-width domain maps to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

export interface ChartScales {
  x: (time: number) => number;
  y: (value: number) => number;
}

export function chartScales(box: PlotBox, xDomain: readonly [number, number], yDomain: readonly [number, number]): ChartScales {
  return { x: linearScale(xDomain, [box.left, box.right]), y: linearScale(yDomain, [box.bottom, box.top]) };
}

/** Pixel values rounded to a hundredth: shorter paths, and no visible difference from recharts' unrounded ones. */
function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A line's SVG path through its points, broken where a value is missing (as recharts draws
 * with `connectNulls={false}`): a gap in the data stays a gap in the line. Empty when no two
 * neighbouring points have values.
 */
export function linePath(points: ReadonlyArray<ChartPoint>, scales: ChartScales): string {
  let path = '';
  let run = 0;
  let pending = '';
  for (const point of points) {
    if (point.v === null) {
      run = 0;
      continue;
    }
    const xy = `${px(scales.x(point.t))} ${px(scales.y(point.v))}`;
    if (run === 0) pending = `M${xy}`;
    else {
      if (run === 1) path += pending;
      path += `L${xy}`;
    }
    run++;
  }
  return path;
}

/** A point in pixels, or undefined when it lies outside the plot (drawn hidden, as `ifOverflow="hidden"`). */
export function pointInPlot(point: XY, scales: ChartScales, box: PlotBox): { x: number; y: number } | undefined {
  const x = scales.x(point.t);
  const y = scales.y(point.v);
  const inside = x >= box.left - 0.5 && x <= box.right + 0.5 && y >= box.top - 0.5 && y <= box.bottom + 0.5;
  return inside ? { x: px(x), y: px(y) } : undefined;
}
