/**
 * The chart's markers, drawn the same by the plain SVG first paint (static-chart.tsx) and by the
 * recharts chart (time-series-chart.tsx), so one can replace the other without a visible change.
 */
import type { Quality } from '../../../contract/schemas';

/** A value's marker: filled when measured, hollow otherwise; smaller on a dense series. */
export function QualityMark({
  x,
  y,
  quality,
  shape,
  dense,
  colorIndex,
}: {
  x: number;
  y: number;
  quality: Quality;
  shape: 'circle' | 'square';
  dense: boolean;
  colorIndex: number;
}) {
  // The colour class sits on the marker itself: recharts draws markers in their own layer, outside the line's group.
  const className = `ts-dot ts-dot--${quality === 'measured' ? 'measured' : 'other'} ts-series--${colorIndex % 6}`;
  const r = dense ? 3 : 4;
  return shape === 'square' ? (
    <rect className={className} x={x - r} y={y - r} width={2 * r} height={2 * r} />
  ) : (
    <circle className={className} cx={x} cy={y} r={r} />
  );
}

/** The target marker: a diamond (the baseline is a circle), so the two differ in shape, not only in place. */
export function TargetDiamond({ x, y, title }: { x: number; y: number; title: string }) {
  const r = 7;
  return (
    <path className="ts-marker__diamond" d={`M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`}>
      <title>{title}</title>
    </path>
  );
}

/** Series alternate circle and square markers, so neighbouring lines differ in shape as well as colour. */
export function markerShape(seriesIndex: number): 'circle' | 'square' {
  return seriesIndex % 2 === 1 ? 'square' : 'circle';
}
