/**
 * "Nära mig": sites ordered by their distance from a point (the reader's location or an address
 * found by the deployment's geocoder), and the geocoder's answer read in either of the two common
 * shapes. Pure; the position is used in the browser only.
 */
import type { SiteFeature } from '../../contract/schemas';
import { siteAnchor, type LonLat } from './geometry';

const EARTH_RADIUS_METRES = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function distanceMetres([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface SiteDistance {
  site: SiteFeature;
  metres: number;
}

/** The sites nearest first (ties by id, so the order is stable), at most `limit` of them. */
export function sitesByDistance(sites: ReadonlyArray<SiteFeature>, from: LonLat, limit = Infinity): SiteDistance[] {
  return sites
    .flatMap((site): SiteDistance[] => {
      const anchor = siteAnchor(site.geometry);
      return anchor ? [{ site, metres: distanceMetres(from, anchor) }] : [];
    })
    .sort((a, b) => a.metres - b.metres || (a.site.id < b.site.id ? -1 : a.site.id > b.site.id ? 1 : 0))
    .slice(0, limit);
}

/** The first place in a geocoder's answer: Nominatim (`[{ lat, lon }]`, strings) or Photon (GeoJSON features). */
export function firstGeocoderPlace(json: unknown): { at: LonLat; name: string | undefined } | undefined {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (Array.isArray(json)) {
    const first: unknown = json[0];
    if (!isObject(first)) return undefined;
    const [lon, lat] = [Number(first.lon), Number(first.lat)];
    return valid(lon, lat) ? { at: [lon, lat], name: typeof first.display_name === 'string' ? first.display_name : undefined } : undefined;
  }
  if (isObject(json) && Array.isArray(json.features)) {
    const first: unknown = json.features[0];
    if (!isObject(first) || !isObject(first.geometry) || !Array.isArray(first.geometry.coordinates)) return undefined;
    const [lon, lat] = (first.geometry.coordinates as unknown[]).map(Number) as [number, number];
    const properties = isObject(first.properties) ? first.properties : {};
    return valid(lon, lat) ? { at: [lon, lat], name: typeof properties.name === 'string' ? properties.name : undefined } : undefined;
  }
  return undefined;
}

function valid(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}
