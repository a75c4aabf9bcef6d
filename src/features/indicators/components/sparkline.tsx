import type { Point } from '../../../contract/schemas';
import { lttb } from '../../../lib/downsample/lttb';
import { periodToTime } from '../../../core/periods';

interface SparklineProps {
  points: ReadonlyArray<Point>;
  /** Visually hidden text that says what the picture shows. */
  label: string;
  width?: number;
  height?: number;
}

/**
 * A tiny inline SVG line of the area's series (Grafana-style stat sparkline). Plain SVG rather
 * than recharts: the catalogue draws one per row, and a few polylines cost next to nothing while
 * recharts would add its whole library to the catalogue's JavaScript. Gaps (null values) break
 * the solid line and are bridged by a thin dashed one, and a value with no neighbour gets a small
 * dot, so a survey every few years still shows all its values; long series are reduced to one
 * point per pixel with LTTB; the latest value is a dot.
 */
export function Sparkline({ points, label, width = 96, height = 28 }: SparklineProps) {
  const sorted = [...points].map((point) => ({ t: periodToTime(point.period), v: point.value })).sort((a, b) => a.t - b.t);
  const valued = sorted.filter((point): point is { t: number; v: number } => point.v !== null);
  const last = valued.at(-1);
  const first = sorted[0];
  if (!last || !first) return <span className="visually-hidden">{label}</span>;
  const tMin = first.t;
  const tMax = (sorted.at(-1) ?? first).t;
  // Loops rather than Math.min(...values): a long daily series would overflow the argument list.
  let vMin = 0;
  let vMax = -Infinity;
  for (const point of valued) {
    if (point.v < vMin) vMin = point.v;
    if (point.v > vMax) vMax = point.v;
  }
  const pad = 3;
  const x = (t: number) => (tMax === tMin ? width / 2 : pad + ((t - tMin) / (tMax - tMin)) * (width - 2 * pad));
  const y = (v: number) => (vMax === vMin ? height / 2 : height - pad - ((v - vMin) / (vMax - vMin)) * (height - 2 * pad));

  // Runs between nulls, each reduced to its share of the width.
  const runs: Array<Array<{ t: number; v: number }>> = [];
  let current: Array<{ t: number; v: number }> = [];
  for (const point of sorted) {
    if (point.v === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push({ t: point.t, v: point.v });
  }
  if (current.length > 0) runs.push(current);
  const paths = runs.map((run) =>
    lttb(
      run,
      Math.max(2, Math.round((width * run.length) / valued.length)),
      (point) => point.t,
      (point) => point.v,
    )
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.t).toFixed(1)} ${y(point.v).toFixed(1)}`)
      .join(''),
  );
  // Dashed bridges from the end of one run to the start of the next, across the gap.
  const bridges = runs.slice(1).map((run, index) => {
    const before = runs[index]?.at(-1);
    const after = run[0];
    return before && after ? `M${x(before.t).toFixed(1)} ${y(before.v).toFixed(1)}L${x(after.t).toFixed(1)} ${y(after.v).toFixed(1)}` : '';
  });
  const lone = runs.flatMap((run) => (run.length === 1 && run[0] !== undefined && run[0].t !== last.t ? [run[0]] : []));
  return (
    <>
      <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {bridges.map((d, index) => (
          <path key={`gap-${index}`} d={d} className="sparkline__gap" />
        ))}
        {paths.map((d, index) => (
          <path key={index} d={d} className="sparkline__line" />
        ))}
        {lone.map((point) => (
          <circle key={point.t} cx={x(point.t)} cy={y(point.v)} r={1.75} className="sparkline__point" />
        ))}
        <circle cx={x(last.t)} cy={y(last.v)} r={2.5} className="sparkline__dot" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
