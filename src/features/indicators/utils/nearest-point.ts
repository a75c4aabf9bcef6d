/**
 * The tooltip's look-up, apart from chart-maths.ts: only the recharts chart (its own chunk) needs
 * it, not the page's first paint.
 */
import type { ChartPoint } from './chart-maths';

/** The point nearest in time to `t`, if one is within `tolerance` ms (binary search; points sorted by t). */
export function nearestPoint(points: ReadonlyArray<ChartPoint>, t: number, tolerance: number): ChartPoint | undefined {
  let lo = 0;
  let hi = points.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as ChartPoint).t < t) lo = mid + 1;
    else hi = mid;
  }
  const candidates = [points[lo - 1], points[lo]].filter((point): point is ChartPoint => point !== undefined);
  let best: ChartPoint | undefined;
  for (const candidate of candidates) {
    if (!best || Math.abs(candidate.t - t) < Math.abs(best.t - t)) best = candidate;
  }
  return best && Math.abs(best.t - t) <= tolerance ? best : undefined;
}
