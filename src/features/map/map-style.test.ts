import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { expect, test } from 'vitest';
import type { SiteFeature } from '../../contract/schemas';
import {
  BUILT_IN_STYLE_URL,
  CLUSTER_OPTIONS,
  INTERACTIVE_LAYER_IDS,
  LAYER_IDS,
  SITE_ZOOM,
  SOURCE_IDS,
  basemapChoice,
  buildBuiltInStyle,
  buildOverlayLayers,
  buildOverlaySources,
  clusterLabelExpression,
  clusterLabelStops,
  isStyleDocument,
  overlayInsertionPoint,
  resolveStyleUrls,
  resolveUrl,
  toAreaShapes,
  toSelectedPoint,
  toSitePoints,
} from './map-style';
import { DOMAINS, SITE_STATUSES, siteIconId } from './site-symbols';

function site(id: string, geometry: SiteFeature['geometry'], overrides: Partial<SiteFeature['properties']> = {}): SiteFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      name: { sv: `Namn ${id}`, en: `Name ${id}` },
      areaId: 'alpha',
      domain: 'energy',
      kind: 'solar-pv',
      status: 'planned',
      summary: { sv: 'Lång text' },
      ...overrides,
    },
  };
}

const allLayers = (scheme: 'light' | 'dark' = 'light') => {
  const { areaLayers, siteLayers } = buildOverlayLayers(scheme);
  return [...areaLayers, ...siteLayers];
};

/** Evaluates the small subset of expressions the layers use (concat, get) for one feature. */
function evaluate(expression: unknown, properties: Record<string, unknown>): unknown {
  if (!Array.isArray(expression)) return expression;
  const [operator, ...args] = expression as [string, ...unknown[]];
  if (operator === 'get') return properties[args[0] as string];
  if (operator === 'concat') return args.map((arg) => String(evaluate(arg, properties))).join('');
  throw new Error(`unexpected operator ${operator}`);
}

test('no style URL, an empty one or "builtin:" means the built-in style; anything else is tried as a remote style', () => {
  expect(basemapChoice(undefined)).toEqual({ kind: 'built-in' });
  expect(basemapChoice('')).toEqual({ kind: 'built-in' });
  expect(basemapChoice(BUILT_IN_STYLE_URL)).toEqual({ kind: 'built-in' });
  expect(basemapChoice('https://tiles.openfreemap.org/styles/positron')).toEqual({ kind: 'remote', url: 'https://tiles.openfreemap.org/styles/positron' });
});

test('the built-in style needs no network: no sources, glyphs or sprite, only a background', () => {
  const style = buildBuiltInStyle('light');
  expect(style.version).toBe(8);
  expect(style.sources).toEqual({});
  expect(style.glyphs).toBeUndefined();
  expect(style.sprite).toBeUndefined();
  expect(style.layers.map((layer) => layer.type)).toEqual(['background']);
  expect(JSON.stringify(style)).not.toMatch(/https?:/);
});

test('the built-in style has a light and a dark background', () => {
  const colour = (scheme: 'light' | 'dark') => (buildBuiltInStyle(scheme).layers[0] as unknown as { paint: Record<string, string> }).paint['background-color'];
  expect(colour('light')).not.toBe(colour('dark'));
});

test('no overlay layer draws text, so no layer ever needs glyphs', () => {
  for (const layer of allLayers()) {
    const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
    expect(layout['text-field'], layer.id).toBeUndefined();
  }
});

test('overlay layers draw districts, clusters, sites and the selection from the overlay sources, districts first', () => {
  const layers = allLayers();
  expect(layers.map((layer) => layer.id)).toEqual([
    LAYER_IDS.areaFill,
    LAYER_IDS.areaOutline,
    LAYER_IDS.clusters,
    LAYER_IDS.clusterCounts,
    LAYER_IDS.sites,
    LAYER_IDS.selectedHalo,
    LAYER_IDS.selectedRing,
  ]);
  const sources = new Set<string>(Object.values(SOURCE_IDS));
  for (const layer of layers) expect(sources.has((layer as { source: string }).source), layer.id).toBe(true);
});

test('clusters and single sites split on point_count, so a point is drawn either as a cluster or as a site', () => {
  const byId = new Map(allLayers().map((layer) => [layer.id, layer as LayerSpecification & { filter?: unknown }]));
  expect(byId.get(LAYER_IDS.clusters)?.filter).toEqual(['has', 'point_count']);
  expect(byId.get(LAYER_IDS.clusterCounts)?.filter).toEqual(['has', 'point_count']);
  expect(byId.get(LAYER_IDS.sites)?.filter).toEqual(['!', ['has', 'point_count']]);
});

test('each domain and status gets its own icon, and the site layer asks for exactly those icon ids', () => {
  const sitesLayer = allLayers().find((layer) => layer.id === LAYER_IDS.sites) as { layout: Record<string, unknown> };
  const ids = new Set<string>();
  for (const domain of DOMAINS) {
    for (const status of SITE_STATUSES) {
      const id = siteIconId(domain, status);
      ids.add(id);
      expect(evaluate(sitesLayer.layout['icon-image'], { domain, status })).toBe(id);
    }
  }
  expect(ids.size).toBe(9);
  expect(sitesLayer.layout['icon-allow-overlap']).toBe(true);
});

test('cluster circles grow with the number of sites', () => {
  const clusters = allLayers().find((layer) => layer.id === LAYER_IDS.clusters) as { paint: Record<string, unknown> };
  const radius = clusters.paint['circle-radius'] as unknown[];
  expect(radius.slice(0, 2)).toEqual(['step', ['get', 'point_count']]);
  const sizes = radius.slice(2).filter((_, index) => index % 2 === 0) as number[];
  expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  expect(new Set(sizes).size).toBe(sizes.length);
});

test('the district colours follow the colour scheme', () => {
  const fill = (scheme: 'light' | 'dark') => (allLayers(scheme)[0] as { paint: Record<string, unknown> }).paint['fill-color'];
  expect(fill('light')).not.toBe(fill('dark'));
});

test('a click looks at sites and clusters', () => {
  expect(INTERACTIVE_LAYER_IDS).toEqual([LAYER_IDS.sites, LAYER_IDS.clusters]);
});

test('the sites source clusters, and single sites appear one zoom after the last clustered zoom', () => {
  const sources = buildOverlaySources({ areas: toAreaShapes([]), sites: toSitePoints([]), selected: toSelectedPoint(undefined) });
  expect(sources[SOURCE_IDS.sites]).toMatchObject({
    type: 'geojson',
    cluster: true,
    clusterRadius: CLUSTER_OPTIONS.clusterRadius,
    clusterMaxZoom: CLUSTER_OPTIONS.clusterMaxZoom,
  });
  expect(sources[SOURCE_IDS.areas].cluster).toBeUndefined();
  expect(SITE_ZOOM).toBe(CLUSTER_OPTIONS.clusterMaxZoom + 1);
});

test('sites become slim points: id, domain and status only, polygons at their centroid', () => {
  const points = toSitePoints([
    site('a', { type: 'Point', coordinates: [18, 59] }, { domain: 'housing', status: 'completed' }),
    site('b', {
      type: 'Polygon',
      coordinates: [
        [
          [18, 59],
          [18.02, 59],
          [18.02, 59.02],
          [18, 59.02],
          [18, 59],
        ],
      ],
    }),
  ]);
  expect(points.features).toHaveLength(2);
  expect(points.features[0]).toEqual({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [18, 59] },
    properties: { siteId: 'a', domain: 'housing', status: 'completed' },
  });
  const [lon, lat] = points.features[1]?.geometry.coordinates ?? [];
  expect(lon).toBeCloseTo(18.01, 9);
  expect(lat).toBeCloseTo(59.01, 9);
  expect(points.features[1]).not.toHaveProperty('id');
});

test('text from the data never reaches the map sources', () => {
  const points = toSitePoints([site('a', { type: 'Point', coordinates: [18, 59] }, { name: { sv: '<img src=x onerror=alert(1)>' } })]);
  expect(JSON.stringify(points)).not.toContain('img');
});

test('the selection is one point, or none', () => {
  expect(toSelectedPoint([18, 59]).features).toHaveLength(1);
  expect(toSelectedPoint(undefined).features).toHaveLength(0);
});

test('district layers go under the basemap’s first label layer; with no labels, on top', () => {
  const style = {
    layers: [
      { id: 'bg', type: 'background' },
      { id: 'roads', type: 'line', source: 's' },
      { id: 'names', type: 'symbol', source: 's' },
    ],
  } as StyleSpecification;
  expect(overlayInsertionPoint(style)).toBe('names');
  expect(overlayInsertionPoint({ layers: [{ id: 'bg', type: 'background' }] })).toBeUndefined();
});

test('relative URLs in a fetched style are resolved against the style, keeping {placeholders} intact', () => {
  const style: StyleSpecification = {
    version: 8,
    sprite: '../sprites/ofm',
    glyphs: 'fonts/{fontstack}/{range}.pbf',
    sources: {
      tiles: { type: 'vector', tiles: ['planet/{z}/{x}/{y}.pbf', 'https://cdn.example.org/{z}/{x}/{y}.pbf'] },
      tilejson: { type: 'vector', url: '/planet' },
      mapbox: { type: 'vector', url: 'mapbox://mapbox.streets' },
      data: { type: 'geojson', data: 'data/points.geojson' },
    },
    layers: [],
  };
  const resolved = resolveStyleUrls(style, 'https://tiles.example.org/styles/positron');
  expect(resolved.sprite).toBe('https://tiles.example.org/sprites/ofm');
  expect(resolved.glyphs).toBe('https://tiles.example.org/styles/fonts/{fontstack}/{range}.pbf');
  expect(resolved.sources.tiles).toMatchObject({
    tiles: ['https://tiles.example.org/styles/planet/{z}/{x}/{y}.pbf', 'https://cdn.example.org/{z}/{x}/{y}.pbf'],
  });
  expect(resolved.sources.tilejson).toMatchObject({ url: 'https://tiles.example.org/planet' });
  expect(resolved.sources.mapbox).toMatchObject({ url: 'mapbox://mapbox.streets' });
  expect(resolved.sources.data).toMatchObject({ data: 'https://tiles.example.org/styles/data/points.geojson' });
  // The style passed in is left as it was.
  expect(style.sprite).toBe('../sprites/ofm');
});

test('a sprite given as a list of sprites is resolved entry by entry', () => {
  const resolved = resolveStyleUrls({ version: 8, sprite: [{ id: 'default', url: 'sprites/a' }], sources: {}, layers: [] }, 'https://x.org/s/style.json');
  expect(resolved.sprite).toEqual([{ id: 'default', url: 'https://x.org/s/sprites/a' }]);
});

test('absolute URLs are left alone', () => {
  expect(resolveUrl('https://a.org/{z}', 'https://b.org/')).toBe('https://a.org/{z}');
});

test('only a version 8 document with sources and layers counts as a style', () => {
  expect(isStyleDocument({ version: 8, sources: {}, layers: [] })).toBe(true);
  expect(isStyleDocument({ version: 7, sources: {}, layers: [] })).toBe(false);
  expect(isStyleDocument({ version: 8, layers: [] })).toBe(false);
  expect(isStyleDocument('<html>')).toBe(false);
  expect(isStyleDocument(null)).toBe(false);
});

test('cluster labels are exact up to 99, then rounded down, in a bounded set', () => {
  const stops = clusterLabelStops((count) => count.toLocaleString('en-GB'));
  expect(stops[0]).toEqual([2, '2']);
  expect(stops.find(([count]) => count === 99)).toEqual([99, '99']);
  expect(stops.find(([count]) => count === 200)).toEqual([200, '200+']);
  expect(stops.find(([count]) => count === 3000)).toEqual([3000, '3,000+']);
  expect(stops.at(-1)).toEqual([100000, '100,000+']);
  expect(stops.length).toBeLessThan(130);
  const counts = stops.map(([count]) => count);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
});

test('the cluster label expression picks the image of the largest stop not above the count', () => {
  const expression = clusterLabelExpression(clusterLabelStops(String));
  // Evaluate ['step', input, first, stop1, out1, ...] by hand.
  const pick = (count: number) => {
    const [, , first, ...pairs] = expression as [string, unknown, string, ...Array<number | string>];
    let out = first;
    for (let index = 0; index < pairs.length; index += 2) if (count >= (pairs[index] as number)) out = pairs[index + 1] as string;
    return out;
  };
  expect(pick(2)).toBe('cluster-count-2');
  expect(pick(57)).toBe('cluster-count-57');
  expect(pick(250)).toBe('cluster-count-200');
  expect(pick(9999)).toBe('cluster-count-9000');
  expect(pick(250000)).toBe('cluster-count-100000');
  const layer = buildOverlayLayers('light').siteLayers.find((candidate) => candidate.id === LAYER_IDS.clusterCounts) as { layout: Record<string, unknown> };
  expect(layer.layout['icon-image']).toEqual(expression);
});
