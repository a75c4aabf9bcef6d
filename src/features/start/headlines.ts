/**
 * Picks the start page's headline results: the largest changes since the first value, one per
 * indicator, preferring measured figures and spreading over domains and districts.
 */
import type { ObservationsDocument } from '../../contract/documents';
import type { AreaFeature, Indicator, Point } from '../../contract/schemas';
import { compareCodeUnits } from '../../contract/compare';
import { qualityOf } from '../../contract/quality';

export interface Headline {
  indicator: Indicator;
  area: AreaFeature;
  first: Point & { value: number };
  latest: Point & { value: number };
  /** Relative change from first to latest (−0.64 = fallen by 64 %). */
  change: number;
  /** True when both ends are measured (not modelled or estimated). */
  isMeasured: boolean;
}

function nonNull(points: ReadonlyArray<Point>): Array<Point & { value: number }> {
  return points.filter((point): point is Point & { value: number } => point.value !== null);
}

export function headlineCandidates(
  indicators: ReadonlyArray<Indicator>,
  areas: ReadonlyArray<AreaFeature>,
  observations: ReadonlyMap<string, ObservationsDocument>,
): Headline[] {
  const areasById = new Map(areas.map((area) => [area.id, area]));
  const candidates: Headline[] = [];
  for (const indicator of indicators) {
    for (const series of observations.get(indicator.id)?.series ?? []) {
      const area = areasById.get(series.areaId);
      if (series.siteId !== undefined || !area) continue;
      const values = nonNull(series.points);
      const first = values[0];
      const latest = values.at(-1);
      if (!first || !latest || first === latest || first.value === 0) continue;
      candidates.push({
        indicator,
        area,
        first,
        latest,
        change: (latest.value - first.value) / Math.abs(first.value),
        isMeasured: qualityOf(first) === 'measured' && qualityOf(latest) === 'measured',
      });
    }
  }
  return candidates;
}

/** Changes beyond this share (e.g. +5 400 % from a tiny start) make poor headlines. */
const MAX_HEADLINE_CHANGE = 5;

/**
 * Up to `count` headlines, no indicator twice. Measured figures come first (illustrative ones
 * only fill the remaining places), then sensible changes, and within that the largest change;
 * domains and districts take turns.
 */
export function pickHeadlines(candidates: ReadonlyArray<Headline>, count = 4): Headline[] {
  const tier = (candidate: Headline) => (candidate.isMeasured ? 0 : 2) + (Math.abs(candidate.change) <= MAX_HEADLINE_CHANGE ? 0 : 1);
  const ranked = [...candidates].sort(
    (a, b) => tier(a) - tier(b) || Math.abs(b.change) - Math.abs(a.change) || compareCodeUnits(a.indicator.id, b.indicator.id),
  );
  const picked: Headline[] = [];
  const usedIndicators = new Set<string>();
  const usedDomains = new Map<string, number>();
  const usedAreas = new Map<string, number>();
  const uses = (map: Map<string, number>, key: string) => map.get(key) ?? 0;
  while (picked.length < count) {
    const next = ranked
      .filter((candidate) => !usedIndicators.has(candidate.indicator.id))
      // Stable sort: within the best tier, prefer the least-used domain, then district.
      .sort(
        (a, b) =>
          tier(a) - tier(b) ||
          uses(usedDomains, a.indicator.domain) - uses(usedDomains, b.indicator.domain) ||
          uses(usedAreas, a.area.id) - uses(usedAreas, b.area.id),
      )[0];
    if (!next) break;
    picked.push(next);
    usedIndicators.add(next.indicator.id);
    usedDomains.set(next.indicator.domain, uses(usedDomains, next.indicator.domain) + 1);
    usedAreas.set(next.area.id, uses(usedAreas, next.area.id) + 1);
  }
  return picked;
}
