import { expect, test } from 'vitest';
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { mapPicture } from './map-picture';
import { square } from './testing/shapes';

function area(id: string, name: string, ring: [number, number][] | null): AreaFeature {
  return { type: 'Feature', id, geometry: ring ? { type: 'Polygon', coordinates: [ring] } : null, properties: { name: { sv: name } } } as AreaFeature;
}

function site(id: string, lon: number, lat: number): SiteFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { domain: 'energy', status: 'planned' },
  } as unknown as SiteFeature;
}

const options = { width: 320, height: 400, padding: 12, cell: 4, fontSize: 12 };
const byName = (feature: AreaFeature) => feature.properties.name.sv ?? '';

/** The x and y values of an SVG path's points. */
function pathPoints(d: string): Array<[number, number]> {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
}

test('two districts share one projection: each keeps its place, and north is up', () => {
  // Like Årsta (south-west) and Norra Djurgårdsstaden (north-east), ~5 km apart.
  const picture = mapPicture([area('south', 'Söder', square(18.02, 59.288, 0.02)), area('north', 'Norr', square(18.1, 59.34, 0.02))], [], byName, options);
  const [south, north] = picture.outlines.map((outline) => pathPoints(outline.d));
  const xs = (points: Array<[number, number]> = []) => points.map(([x]) => x);
  const ys = (points: Array<[number, number]> = []) => points.map(([, y]) => y);
  expect(Math.max(...xs(south))).toBeLessThan(Math.min(...xs(north)));
  expect(Math.max(...ys(north))).toBeLessThan(Math.min(...ys(south)));
  // Both fit inside the picture with its padding.
  for (const [x, y] of [...(south ?? []), ...(north ?? [])]) {
    expect(x).toBeGreaterThanOrEqual(12);
    expect(x).toBeLessThanOrEqual(308);
    expect(y).toBeGreaterThanOrEqual(12);
    expect(y).toBeLessThanOrEqual(388);
  }
  // Same size on the ground, same size in the picture.
  const width = (points: Array<[number, number]> = []) => Math.max(...xs(points)) - Math.min(...xs(points));
  expect(width(south)).toBeCloseTo(width(north), 0);
});

test('sites closer than one cell share a mark that counts them, so 100 000 sites stay a few thousand nodes', () => {
  const sites = Array.from({ length: 100_000 }, (_, index) => site(`s${index}`, 18 + (index % 1000) * 0.00002, 59.3 + Math.floor(index / 1000) * 0.0002));
  const picture = mapPicture([area('a', 'A', square(18, 59.3, 0.02))], sites, byName, options);
  expect(picture.marks.length).toBeGreaterThan(100);
  expect(picture.marks.length).toBeLessThanOrEqual((320 / 4) * (400 / 4));
  expect(picture.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(100_000);
});

test('two sites far apart get a mark each, at their own places, with their own symbol and id', () => {
  const picture = mapPicture([area('a', 'A', square(18, 59.3, 0.02))], [site('west', 18.001, 59.31), site('east', 18.019, 59.31)], byName, options);
  expect(picture.marks).toHaveLength(2);
  const [west, east] = picture.marks;
  expect(west).toMatchObject({ count: 1, siteId: 'west', domain: 'energy', status: 'planned', anchor: [18.001, 59.31] });
  expect(west!.x).toBeLessThan(east!.x);
  expect(west!.y).toBeCloseTo(east!.y, 5);
});

test('a long name stays inside the picture (in a smaller font), above its district', () => {
  const long = 'Stockholm Royal Seaport (Norra Djurgårdsstaden)';
  const picture = mapPicture([area('west', 'Årsta', square(18, 59.3, 0.02)), area('east', long, square(18.1, 59.3, 0.02))], [], byName, options);
  const label = picture.labels.find((candidate) => candidate.text === long);
  expect(label!.fontSize).toBeLessThan(12);
  expect(picture.labels.find((candidate) => candidate.text === 'Årsta')!.fontSize).toBe(12);
  const halfWidth = (long.length * label!.fontSize * 0.62) / 2;
  expect(label!.x + halfWidth).toBeLessThanOrEqual(320 - 12 + 0.1);
  expect(label!.x - halfWidth).toBeGreaterThanOrEqual(12 - 0.1);
  const top = Math.min(...pathPoints(picture.outlines[1]!.d).map(([, y]) => y));
  expect(label!.y).toBeLessThan(top);
  expect(label!.y).toBeGreaterThanOrEqual(12);
});

test('no geometry at all gives an empty picture, not a crash', () => {
  const picture = mapPicture([area('reference', 'Stockholm', null)], [], byName, options);
  expect(picture).toEqual({ width: 320, height: 400, outlines: [], marks: [], labels: [] });
});

test('no two marks are closer than one cell, so they never overlap', () => {
  const sites = Array.from({ length: 400 }, (_, index) => site(`s${index}`, 18 + (index % 20) * 0.0011, 59.3 + Math.floor(index / 20) * 0.0009));
  const { marks } = mapPicture([area('a', 'A', square(18, 59.3, 0.02))], sites, byName, options);
  for (const [index, a] of marks.entries())
    for (const b of marks.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(options.cell - 0.2);
});
