import { expect, test } from 'vitest';
import { sitesDocumentSchema } from '../../src/contract/schemas';
import { generateSites, seededRandom } from './generate-sites';

const areas = [
  {
    id: 'alpha',
    bounds: [
      [17.9, 59.2],
      [17.92, 59.22],
    ] as [[number, number], [number, number]],
  },
  {
    id: 'beta',
    bounds: [
      [18.1, 59.4],
      [18.13, 59.43],
    ] as [[number, number], [number, number]],
  },
];

test('generates the number of sites asked for, valid against the contract', () => {
  const document = generateSites(500, areas);
  expect(document.features).toHaveLength(500);
  expect(sitesDocumentSchema.safeParse(document).success).toBe(true);
  expect(new Set(document.features.map((site) => site.id)).size).toBe(500);
});

test('the same seed gives the same sites; another seed other sites', () => {
  expect(generateSites(50, areas, 7)).toEqual(generateSites(50, areas, 7));
  expect(generateSites(50, areas, 7)).not.toEqual(generateSites(50, areas, 8));
});

test('every site lies in its district’s box, and every domain and status occurs', () => {
  const { features } = generateSites(300, areas);
  for (const site of features) {
    const area = areas.find((candidate) => candidate.id === site.properties.areaId);
    const [[west, south], [east, north]] = area?.bounds ?? [
      [0, 0],
      [0, 0],
    ];
    const [lon, lat] = site.geometry.coordinates;
    expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
  }
  expect(new Set(features.map((site) => site.properties.domain)).size).toBe(3);
  expect(new Set(features.map((site) => site.properties.status)).size).toBe(3);
});

test('the random numbers are in [0, 1)', () => {
  const random = seededRandom(1);
  for (let index = 0; index < 1000; index++) {
    const value = random();
    expect(value >= 0 && value < 1).toBe(true);
  }
});
