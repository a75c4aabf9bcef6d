/**
 * Pure builders for everything the map draws: the built-in offline style, the GeoJSON the
 * sources hold, the overlay sources and layers (districts, clustered sites, the selected site)
 * and the helpers that fit them into a remote basemap style. No maplibre code runs here (type
 * imports only), so all of it is unit-tested without WebGL.
 *
 * The built-in style has no glyphs and no sprite: nothing in it needs the network. Site symbols
 * are images added with `map.addImage` (./site-icons.ts), cluster counts are images drawn on
 * demand, and district names are HTML markers — so no layer ever asks for a font.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { CLUSTER_OPTIONS } from './map-data';
import { HALO_COLOUR, NEUTRAL_COLOUR, SELECTED_COLOUR } from './site-symbols';

// What the page needs before the map engine loads lives in ./map-data.ts (on the route's critical
// path); the rest of this module loads with maplibre.
export { BUILT_IN_STYLE_URL, CLUSTER_OPTIONS, SITE_ZOOM, basemapChoice, toAreaShapes, toSitePoints } from './map-data';
export type { BasemapChoice } from './map-data';

export type ColourScheme = 'light' | 'dark';

export const SOURCE_IDS = { areas: 'gsm-areas', sites: 'gsm-sites', selected: 'gsm-selected' } as const;
export const LAYER_IDS = {
  areaFill: 'gsm-area-fill',
  areaOutline: 'gsm-area-outline',
  clusters: 'gsm-clusters',
  clusterCounts: 'gsm-cluster-counts',
  sites: 'gsm-sites',
  selectedHalo: 'gsm-selected-halo',
  selectedRing: 'gsm-selected-ring',
} as const;

/** Sources and layers this module adds; everything else in a style belongs to the basemap. */
export const OVERLAY_SOURCE_IDS: ReadonlySet<string> = new Set(Object.values(SOURCE_IDS));

export const SCHEME_COLOURS: Record<ColourScheme, { background: string; area: string; areaFillOpacity: number }> = {
  // Background #eef1f4: every site colour keeps ≥ 3:1 against it; the district outline is the app's accent.
  light: { background: '#eef1f4', area: '#005a9c', areaFillOpacity: 0.14 },
  dark: { background: '#1b1f24', area: '#6cb6ff', areaFillOpacity: 0.16 },
};

/** A style that needs no network: a plain background; the overlays add districts and sites. */
export function buildBuiltInStyle(scheme: ColourScheme): StyleSpecification {
  return {
    version: 8,
    name: 'Grow Smarter Monitor (built-in, offline)',
    sources: {},
    layers: [{ id: 'gsm-background', type: 'background', paint: { 'background-color': SCHEME_COLOURS[scheme].background } }],
  };
}

/** The one selected site as a point (or nothing). */
export function toSelectedPoint(anchor: [number, number] | undefined): FeatureCollection<Point> {
  return anchor
    ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: anchor }, properties: {} }] }
    : { type: 'FeatureCollection', features: [] };
}

export interface OverlayData {
  areas: FeatureCollection;
  sites: FeatureCollection;
  selected: FeatureCollection;
}

export function buildOverlaySources(data: OverlayData): Record<(typeof SOURCE_IDS)[keyof typeof SOURCE_IDS], GeoJSONSourceSpecification> {
  return {
    [SOURCE_IDS.areas]: { type: 'geojson', data: data.areas },
    [SOURCE_IDS.sites]: { type: 'geojson', data: data.sites, cluster: true, ...CLUSTER_OPTIONS },
    [SOURCE_IDS.selected]: { type: 'geojson', data: data.selected },
  };
}

/** The image id of a cluster's count label, e.g. `cluster-count-27`, `cluster-count-200` (for "200+"). */
export const CLUSTER_COUNT_PREFIX = 'cluster-count-';

/**
 * The labels clusters can show, as [smallest count, label]: exact from 2 to 99, then rounded
 * down ("200+", "3 000+", "10 000+"). A bounded set, so every label image is drawn once, up
 * front — drawing one per distinct count on demand cost more than the clustering itself.
 */
export function clusterLabelStops(formatCount: (count: number) => string): Array<[number, string]> {
  const stops: Array<[number, string]> = [];
  for (let count = 2; count < 100; count++) stops.push([count, formatCount(count)]);
  for (const magnitude of [100, 1000, 10000]) {
    for (let digit = 1; digit <= 9; digit++) stops.push([digit * magnitude, `${formatCount(digit * magnitude)}+`]);
  }
  stops.push([100000, `${formatCount(100000)}+`]);
  return stops;
}

/** The icon-image expression that picks a cluster's label image by its point count. */
export function clusterLabelExpression(stops: ReadonlyArray<[number, string]>): unknown[] {
  const [first, ...rest] = stops;
  const expression: unknown[] = ['step', ['get', 'point_count'], `${CLUSTER_COUNT_PREFIX}${first?.[0] ?? 2}`];
  for (const [count] of rest) expression.push(count, `${CLUSTER_COUNT_PREFIX}${count}`);
  return expression;
}

/** Cluster circle radius by number of sites: 16 px, growing in steps to 31 px for 10 000+. */
export const CLUSTER_RADIUS_STEPS: ReadonlyArray<[number, number]> = [
  [0, 16],
  [10, 19],
  [100, 23],
  [1000, 27],
  [10000, 31],
];

/**
 * The overlay layers, bottom to top: district fill and outline, clusters and their counts, the
 * sites, and the selected site's ring. Districts belong under a basemap's labels (see
 * `overlayInsertionPoint`); the rest goes on top of everything.
 */
export function buildOverlayLayers(scheme: ColourScheme): { areaLayers: LayerSpecification[]; siteLayers: LayerSpecification[] } {
  const colours = SCHEME_COLOURS[scheme];
  const radius: unknown[] = ['step', ['get', 'point_count'], CLUSTER_RADIUS_STEPS[0]?.[1] ?? 16];
  for (const [count, px] of CLUSTER_RADIUS_STEPS.slice(1)) radius.push(count, px);
  return {
    areaLayers: [
      {
        id: LAYER_IDS.areaFill,
        type: 'fill',
        source: SOURCE_IDS.areas,
        // The line layer draws the edge; without antialiasing the fill needs no outline shader
        // (one program less to compile, which is slow with software WebGL).
        paint: { 'fill-color': colours.area, 'fill-opacity': colours.areaFillOpacity, 'fill-antialias': false },
      },
      {
        id: LAYER_IDS.areaOutline,
        type: 'line',
        source: SOURCE_IDS.areas,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colours.area, 'line-width': 2.5 },
      },
    ],
    siteLayers: [
      {
        id: LAYER_IDS.clusters,
        type: 'circle',
        source: SOURCE_IDS.sites,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': NEUTRAL_COLOUR,
          'circle-radius': radius as never,
          'circle-stroke-color': HALO_COLOUR,
          'circle-stroke-width': 2,
        },
      },
      {
        id: LAYER_IDS.clusterCounts,
        type: 'symbol',
        source: SOURCE_IDS.sites,
        filter: ['has', 'point_count'],
        layout: {
          'icon-image': clusterLabelExpression(clusterLabelStops(String)) as never,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        id: LAYER_IDS.sites,
        type: 'symbol',
        source: SOURCE_IDS.sites,
        filter: ['!', ['has', 'point_count']],
        layout: {
          'icon-image': ['concat', 'site-', ['get', 'domain'], '-', ['get', 'status']],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        id: LAYER_IDS.selectedHalo,
        type: 'circle',
        source: SOURCE_IDS.selected,
        paint: { 'circle-radius': 19, 'circle-opacity': 0, 'circle-stroke-color': HALO_COLOUR, 'circle-stroke-width': 7 },
      },
      {
        id: LAYER_IDS.selectedRing,
        type: 'circle',
        source: SOURCE_IDS.selected,
        paint: { 'circle-radius': 19, 'circle-opacity': 0, 'circle-stroke-color': SELECTED_COLOUR, 'circle-stroke-width': 3.5 },
      },
    ],
  };
}

/** The layers a click on the map looks at (sites and clusters). */
export const INTERACTIVE_LAYER_IDS: ReadonlyArray<string> = [LAYER_IDS.sites, LAYER_IDS.clusters];

/** Where the district layers go in a basemap: under its first label layer, so street names stay readable. */
export function overlayInsertionPoint(style: Pick<StyleSpecification, 'layers'>): string | undefined {
  return style.layers.find((layer) => layer.type === 'symbol')?.id;
}

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

/** `url` resolved against `base`, keeping `{z}`, `{fontstack}` and the like unescaped. */
export function resolveUrl(url: string, base: string): string {
  if (ABSOLUTE_URL.test(url)) return url;
  return new URL(url, base).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
}

/**
 * A copy of a fetched style with its relative URLs (sprite, glyphs, source and tile URLs)
 * resolved against the style's own URL, as maplibre would have done had it fetched the style.
 */
export function resolveStyleUrls(style: StyleSpecification, styleUrl: string): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const [id, source] of Object.entries(style.sources)) {
    const copy: Record<string, unknown> = { ...source };
    if (typeof copy.url === 'string') copy.url = resolveUrl(copy.url, styleUrl);
    if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map((tile: unknown) => (typeof tile === 'string' ? resolveUrl(tile, styleUrl) : tile));
    if (source.type === 'geojson' && typeof source.data === 'string') copy.data = resolveUrl(source.data, styleUrl);
    sources[id] = copy as unknown as (typeof sources)[string];
  }
  const sprite =
    typeof style.sprite === 'string'
      ? resolveUrl(style.sprite, styleUrl)
      : Array.isArray(style.sprite)
        ? style.sprite.map((entry) => ({ ...entry, url: resolveUrl(entry.url, styleUrl) }))
        : undefined;
  return {
    ...style,
    sources,
    ...(sprite !== undefined ? { sprite } : {}),
    ...(typeof style.glyphs === 'string' ? { glyphs: resolveUrl(style.glyphs, styleUrl) } : {}),
  };
}

/** Whether a value looks like a MapLibre style document (enough to hand it to the map). */
export function isStyleDocument(value: unknown): value is StyleSpecification {
  if (typeof value !== 'object' || value === null) return false;
  const style = value as Partial<StyleSpecification>;
  return style.version === 8 && typeof style.sources === 'object' && style.sources !== null && Array.isArray(style.layers);
}
