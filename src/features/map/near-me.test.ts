import { expect, test } from 'vitest';
import type { SiteFeature } from '../../contract/schemas';
import { distanceMetres, firstGeocoderPlace, sitesByDistance } from './near-me';

const site = (id: string, coordinates: [number, number]) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: {} }) as unknown as SiteFeature;

test('distances on the ground: 0.01° of latitude is about 1.1 km, a degree of longitude shrinks at 59° N', () => {
  expect(distanceMetres([18, 59.3], [18, 59.31])).toBeCloseTo(1112, -1);
  expect(distanceMetres([18, 59.3], [18.01, 59.3])).toBeCloseTo(568, -1);
  expect(distanceMetres([18, 59.3], [18, 59.3])).toBe(0);
});

test('sites nearest first, ties by id, and the limit kept', () => {
  const sites = [site('far', [18.1, 59.35]), site('b-near', [18.001, 59.3]), site('a-near', [17.999, 59.3]), site('mid', [18.02, 59.3])];
  const ordered = sitesByDistance(sites, [18, 59.3]);
  expect(ordered.map((entry) => entry.site.id)).toEqual(['a-near', 'b-near', 'mid', 'far']);
  expect(ordered[0]!.metres).toBeCloseTo(57, 0);
  expect(sitesByDistance(sites, [18.1, 59.35], 2).map((entry) => entry.site.id)).toEqual(['far', 'mid']);
});

test('a geocoder answer in Nominatim’s shape or Photon’s, and nothing from a useless one', () => {
  expect(firstGeocoderPlace([{ lat: '59.2957', lon: '18.0462', display_name: 'Valla torg, Årsta' }])).toEqual({
    at: [18.0462, 59.2957],
    name: 'Valla torg, Årsta',
  });
  expect(firstGeocoderPlace({ features: [{ geometry: { type: 'Point', coordinates: [18.1, 59.35] }, properties: { name: 'Ropsten' } }] })).toEqual({
    at: [18.1, 59.35],
    name: 'Ropsten',
  });
  expect(firstGeocoderPlace([])).toBeUndefined();
  expect(firstGeocoderPlace({ features: [] })).toBeUndefined();
  expect(firstGeocoderPlace([{ lat: 'x', lon: '18' }])).toBeUndefined();
  expect(firstGeocoderPlace('<html>')).toBeUndefined();
});
