/**
 * What the download buttons show before anything is downloaded: the files' base name and the row
 * count. Apart from indicator-export.ts, which builds the files and loads on the first download,
 * so the builders stay off the indicator route's critical path.
 */
import { countInRange } from './chart-maths';
import type { SeriesInfo } from './describe-series';

/** How many rows valueRows would give, without building them. */
export function countValueRows(visible: ReadonlyArray<SeriesInfo>, from: number, to: number): number {
  return visible.reduce((sum, series) => sum + countInRange(series.points, from, to), 0);
}

export function downloadBaseName(indicatorId: string, from: number, to: number): string {
  return from === to ? `${indicatorId}_${from}` : `${indicatorId}_${from}-${to}`;
}
