/**
 * What came of a site's measures: for each indicator linked to the site that has the site's own
 * series (observations with its `siteId`), the first and the latest known value and the change
 * between them. Pure, so the rule is tested without a browser.
 */
import type { ObservationsDocument } from '../../contract/documents';
import type { Indicator } from '../../contract/schemas';

export interface SiteResult {
  indicator: Indicator;
  /** Known values in period order (nulls left out). */
  points: ReadonlyArray<{ period: string; value: number }>;
  before: { period: string; value: number };
  after: { period: string; value: number };
  /** after − before, in the indicator's unit. */
  change: number;
  /** The change as a share of the value before (−0.71 = 71 % lower); undefined when before is 0. */
  relative: number | undefined;
}

export function siteResults(siteId: string, linked: ReadonlyArray<Indicator>, documents: ReadonlyMap<string, ObservationsDocument>): SiteResult[] {
  return linked.flatMap((indicator): SiteResult[] => {
    const series = documents.get(indicator.id)?.series.find((candidate) => candidate.siteId === siteId);
    if (!series) return [];
    const points = series.points
      .flatMap((point) => (point.value === null ? [] : [{ period: point.period, value: point.value }]))
      .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    const before = points[0];
    const after = points.at(-1);
    // One value is a fact, not a result: the panel's facts already show it.
    if (!before || !after || points.length < 2) return [];
    const change = after.value - before.value;
    return [{ indicator, points, before, after, change, relative: before.value === 0 ? undefined : change / Math.abs(before.value) }];
  });
}
