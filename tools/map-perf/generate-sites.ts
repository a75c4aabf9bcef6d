/**
 * Generated pilot sites for the performance measurement (tools/map-perf/map-perf.ts): `count` valid
 * sites.geojson features, deterministic for a seed, spread over the given districts' boxes with
 * every domain and status. Not imported by the app.
 */
import type { Domain, SiteStatus } from '../../src/contract/schemas';

export interface GeneratedArea {
  id: string;
  /** [[west, south], [east, north]] */
  bounds: [[number, number], [number, number]];
}

export interface GeneratedSite {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { name: { sv: string; en: string }; areaId: string; domain: Domain; kind: string; status: SiteStatus };
}

export interface GeneratedSites {
  apiVersion: '1';
  type: 'FeatureCollection';
  features: GeneratedSite[];
}

const DOMAINS: ReadonlyArray<Domain> = ['energy', 'mobility', 'housing'];
const STATUSES: ReadonlyArray<SiteStatus> = ['completed', 'in-progress', 'planned'];
const KINDS: Record<Domain, string> = { energy: 'solar-pv', mobility: 'ev-charging', housing: 'refurbishment' };

/** mulberry32: a small, fast, seedable PRNG (0 ≤ x < 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSites(count: number, areas: ReadonlyArray<GeneratedArea>, seed = 1): GeneratedSites {
  if (areas.length === 0) throw new RangeError('at least one area is needed');
  const random = seededRandom(seed);
  const features: GeneratedSite[] = [];
  for (let index = 0; index < count; index++) {
    const area = areas[index % areas.length] as GeneratedArea;
    const [[west, south], [east, north]] = area.bounds;
    // Denser near the middle of the district, as real measures are.
    const u = (random() + random()) / 2;
    const v = (random() + random()) / 2;
    const domain = DOMAINS[Math.floor(random() * DOMAINS.length)] as Domain;
    const status = STATUSES[Math.floor(random() * STATUSES.length)] as SiteStatus;
    features.push({
      type: 'Feature',
      id: `generated-${index + 1}`,
      geometry: { type: 'Point', coordinates: [Number((west + u * (east - west)).toFixed(6)), Number((south + v * (north - south)).toFixed(6))] },
      properties: { name: { sv: `Plats ${index + 1}`, en: `Site ${index + 1}` }, areaId: area.id, domain, kind: KINDS[domain], status },
    });
  }
  return { apiVersion: '1', type: 'FeatureCollection', features };
}
