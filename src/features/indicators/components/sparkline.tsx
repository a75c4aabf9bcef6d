import type { Point } from '../../../lib/api/schemas';
import { lttb } from '../../../lib/downsample/lttb';
import { periodToTime } from '../../../lib/status/periods';

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
 * the line; long series are reduced to one point per pixel with LTTB; the latest value is a dot.
 */
export function Sparkline({ points, label, width = 96, height = 28 }: SparklineProps) {
  const valued = points
    .filter((point): point is Point & { value: number } => point.value !== null)
    .map((point) => ({ t: periodToTime(point.period), v: point.value }));
  if (valued.length === 0) return <span className="visually-hidden">{label}</span>;
  const times = points.map((point) => periodToTime(point.period));
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  const values = valued.map((point) => point.v);
  const vMin = Math.min(0, ...values);
  const vMax = Math.max(...values);
  const pad = 3;
  const x = (t: number) => (tMax === tMin ? width / 2 : pad + ((t - tMin) / (tMax - tMin)) * (width - 2 * pad));
  const y = (v: number) => (vMax === vMin ? height / 2 : height - pad - ((v - vMin) / (vMax - vMin)) * (height - 2 * pad));

  // Runs between nulls, each reduced to its share of the width.
  const runs: Array<Array<{ t: number; v: number }>> = [];
  let current: Array<{ t: number; v: number }> = [];
  for (const point of [...points].sort((a, b) => periodToTime(a.period) - periodToTime(b.period))) {
    if (point.value === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push({ t: periodToTime(point.period), v: point.value });
  }
  if (current.length > 0) runs.push(current);
  const paths = runs.map((run) =>
    lttb(run, Math.max(2, Math.round((width * run.length) / valued.length)), (point) => point.t, (point) => point.v)
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.t).toFixed(1)} ${y(point.v).toFixed(1)}`)
      .join(''),
  );
  const last = valued.reduce((latest, point) => (point.t >= latest.t ? point : latest));
  return (
    <>
      <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {paths.map((d, index) => (
          <path key={index} d={d} className="sparkline__line" />
        ))}
        <circle cx={x(last.t)} cy={y(last.v)} r={2.5} className="sparkline__dot" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
