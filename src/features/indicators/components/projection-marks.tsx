import type { ChartProjection } from '../utils/chart-projection';

/**
 * The forecast drawn in plain SVG, given the chart's scales: the 80 % band as a light area and the
 * projected line dashed (not solid like the measured values), in the district's colour. Used by
 * the first paint and, through recharts' axis scales, by the interactive chart.
 */
export function ProjectionMarks({ projections, x, y }: { projections: ReadonlyArray<ChartProjection>; x: (t: number) => number; y: (v: number) => number }) {
  return (
    <>
      {projections.map((projection) => {
        const upper = projection.band.map((step) => `${x(step.t)},${y(step.high)}`);
        const lower = projection.band.map((step) => `${x(step.t)},${y(step.low)}`).reverse();
        const line = projection.line.map((step, index) => `${index === 0 ? 'M' : 'L'}${x(step.t)},${y(step.v)}`).join('');
        return (
          <g key={projection.key} className={`ts-projection ts-series--${projection.colorIndex % 6}`} data-projection={projection.key}>
            <path className="ts-projection__band" d={`M${upper.join('L')}L${lower.join('L')}Z`} />
            <path className="ts-projection__line" d={line} strokeDasharray="3 4" strokeWidth={2} fill="none" />
          </g>
        );
      })}
    </>
  );
}
