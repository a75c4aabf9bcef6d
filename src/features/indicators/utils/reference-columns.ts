/**
 * The chart's table with reference areas: a reference area (e.g. the whole city) is a column
 * beside every district row of the same period, not rows of its own, so a reader compares a
 * district with it on one line. A period where only the reference has a value still gets a row.
 */
import type { Point } from '../../../contract/schemas';
import { valueRows, type ValueRow } from './indicator-export';
import { chartPoints } from './chart-maths';
import type { SeriesInfo } from './describe-series';
import { compareCodeUnits } from '../../../contract/compare';

export interface ReferenceTableRow {
  period: string;
  /** The district's or site's value; undefined on a row that only the reference areas have. */
  row: ValueRow | undefined;
  /** One entry per reference column: that area's point for the period, if it has one. */
  references: Array<Point | undefined>;
}

export interface ReferenceTable {
  references: SeriesInfo[];
  rows: ReferenceTableRow[];
}

export function referenceTable(visible: ReadonlyArray<SeriesInfo>, from: number, to: number): ReferenceTable {
  const references = visible.filter((series) => series.kind === 'reference');
  const others = visible.filter((series) => series.kind !== 'reference');
  const byPeriod = references.map(
    (series) =>
      new Map(
        chartPoints(series.points, from, to).map((point) => [
          point.period,
          { period: point.period, value: point.v, quality: point.quality, note: point.note } as Point,
        ]),
      ),
  );
  const referencesAt = (period: string) => byPeriod.map((points) => points.get(period));

  const rows: ReferenceTableRow[] = valueRows(others, from, to).map((row) => ({ period: row.point.period, row, references: referencesAt(row.point.period) }));
  const covered = new Set(rows.map((row) => row.period));
  const onlyReference = [...new Set(byPeriod.flatMap((points) => [...points.keys()]))].filter((period) => !covered.has(period));
  for (const period of onlyReference) rows.push({ period, row: undefined, references: referencesAt(period) });
  // Periods sort as text (YYYY, YYYY-MM, YYYY-MM-DD); the sort is stable, so districts keep their order.
  rows.sort((a, b) => compareCodeUnits(a.period, b.period));
  return { references, rows };
}
