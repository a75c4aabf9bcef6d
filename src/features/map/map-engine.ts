/**
 * The one module that talks to maplibre-gl. It is only ever loaded with a dynamic import (from
 * ./map-canvas.tsx), so maplibre stays out of the entry chunk and out of jsdom. React owns the
 * data and the URL; this class owns the map instance and is told what to show:
 * `setSites`, `setAreas`, `setLabels`, `select`, `centreOn`, `setView`, `destroy`.
 *
 * Basemap: a remote style (config `basemapStyleUrl`) is fetched first (./load-style.ts); when it
 * or its first tiles fail, the map switches to the built-in style (./map-style.ts) and calls
 * `onBasemapUnavailable`. Overlays are (re)installed on every `style.load`.
 *
 * Performance marks (read by tools/map-perf/map-perf.ts; standard User Timing, harmless in production):
 *   measure "gsm-map:sites-to-idle"  from adding or replacing the sites' data to the next `idle`
 *   mark    "gsm-map:idle"           the latest `idle` (only the latest is kept); while the map is
 *                                    idle its container also carries `data-map-idle`
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection } from 'geojson';
import type { Bounds, LonLat } from './geometry';
import { loadRemoteStyle } from './load-style';
import {
  CLUSTER_COUNT_PREFIX,
  INTERACTIVE_LAYER_IDS,
  LAYER_IDS,
  OVERLAY_SOURCE_IDS,
  SITE_ZOOM,
  SOURCE_IDS,
  buildBuiltInStyle,
  buildOverlayLayers,
  buildOverlaySources,
  clusterLabelStops,
  overlayInsertionPoint,
  toSelectedPoint,
  type BasemapChoice,
  type ColourScheme,
} from './map-style';
import { rasteriseSiteIcon } from './site-icons';
import { DOMAINS, DOMAIN_COLOURS, DOMAIN_SHAPES, SITE_STATUSES, STATUS_FILLS, siteIconId } from './site-symbols';
import { MAX_ZOOM, type MapView } from './url-state';

// Under Vite the worker must be given as its own URL, or the map stays blank in the build.
setWorkerUrl(workerUrl);
// Start the map's worker as soon as this module loads (while the page still fetches its data),
// and keep it between pages: the map and district pages reuse it instead of booting a new one.
prewarm();

export const PERF_MEASURE = 'gsm-map:sites-to-idle';
export const PERF_IDLE_MARK = 'gsm-map:idle';

/** Stockholm, for a map with no districts to frame. */
const FALLBACK_VIEW: MapView = { center: [18.07, 59.33], zoom: 10 };
/** A remote basemap whose first tile has not arrived by then counts as unavailable. */
const BASEMAP_TILE_TIMEOUT_MS = 12_000;
const ICON_PIXEL_RATIO = 2;
/** Half the side of the 44 px hit area around a click or tap. */
const HIT_RADIUS = 22;

export interface AreaLabel {
  id: string;
  name: string;
  anchor: LonLat;
}

export interface SiteMapOptions {
  container: HTMLElement;
  basemap: BasemapChoice;
  scheme: ColourScheme;
  /** The view from the URL; otherwise `bounds` are framed. */
  view: MapView | undefined;
  bounds: Bounds | undefined;
  areas: FeatureCollection;
  sites: FeatureCollection;
  labels: ReadonlyArray<AreaLabel>;
  /** maplibre's UI strings (control titles, the canvas label) in the page's language. */
  locale: Record<string, string>;
  /** The page's language and its number format, for the cluster counts ("3 000+" / "3,000+"). */
  language: string;
  formatCount: (count: number) => string;
  reducedMotion: boolean;
  onSelect: (siteId: string) => void;
  onViewChange: (view: MapView) => void;
  onBasemapUnavailable: () => void;
}

/** Creates the map: loads the remote style first (quietly), then builds the map. Throws when WebGL fails. */
export async function createSiteMap(options: SiteMapOptions): Promise<SiteMap> {
  let style: StyleSpecification | undefined;
  if (options.basemap.kind === 'remote') {
    const result = await loadRemoteStyle(options.basemap.url);
    if (result.ok) style = result.style;
    else options.onBasemapUnavailable();
  }
  return new SiteMap(options, style);
}

export class SiteMap {
  readonly map: MapLibreMap;
  private readonly options: SiteMapOptions;
  private data: { areas: FeatureCollection; sites: FeatureCollection; selected: FeatureCollection };
  private markers: Marker[] = [];
  private isRemote: boolean;
  private basemapTileLoaded = false;
  private basemapTimer: ReturnType<typeof setTimeout> | undefined;
  private attribution: AttributionControl | undefined;
  private pendingMeasure: { start: number; sites: number } | undefined;
  private destroyed = false;

  constructor(options: SiteMapOptions, remoteStyle: StyleSpecification | undefined) {
    this.options = options;
    this.isRemote = remoteStyle !== undefined;
    this.data = { areas: options.areas, sites: options.sites, selected: toSelectedPoint(undefined) };
    const view = options.view ?? (options.bounds ? undefined : FALLBACK_VIEW);
    // Throws without WebGL 2; the caller shows a message and the list keeps working.
    this.map = new MapLibreMap({
      container: options.container,
      style: remoteStyle ?? buildBuiltInStyle(options.scheme),
      // Room above the districts for their names, and on the right for the zoom buttons.
      ...(view
        ? { center: view.center, zoom: view.zoom }
        : { bounds: options.bounds, fitBoundsOptions: { padding: { top: 48, bottom: 24, left: 24, right: 56 }, maxZoom: 15 } }),
      maxZoom: MAX_ZOOM - 3,
      attributionControl: false,
      locale: options.locale,
      // A flat, north-up map: rotation and tilt add nothing here and confuse keyboard users.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // Symbols are placed without collisions, so fading them only delays `idle`.
      fadeDuration: 0,
      reduceMotion: options.reducedMotion,
    });
    this.map.keyboard.disableRotation();
    this.map.touchZoomRotate.disableRotation();
    // Bottom right: the top of the map is where the northernmost district's name sits, and a
    // long name ("Norra Djurgårdsstaden" on a phone) ran under the buttons there.
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    if (this.isRemote) this.addAttribution();

    this.map.on('style.load', () => this.installOverlays());
    this.map.on('error', (event) => this.handleError(event as { error?: { message?: string }; sourceId?: string }));
    this.map.on('sourcedata', (event) => {
      if (event.tile && !OVERLAY_SOURCE_IDS.has(event.sourceId)) this.basemapTileLoaded = true;
    });
    this.map.on('idle', () => this.handleIdle());
    // `data-map-idle` on the container says "drawn and still" (browser tests wait for it instead of
    // sleeping): set on `idle`, cleared as soon as the camera moves or another frame is drawn.
    this.map.on('movestart', () => delete this.options.container.dataset.mapIdle);
    this.map.on('render', () => delete this.options.container.dataset.mapIdle);
    this.map.on('click', (event) => void this.handleClick(event));
    this.map.on('moveend', () => {
      if (!this.destroyed) this.options.onViewChange(this.getView());
    });
    for (const layer of INTERACTIVE_LAYER_IDS) {
      this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
    }
    if (this.isRemote) {
      this.basemapTimer = setTimeout(() => {
        if (!this.basemapTileLoaded) this.fallBack();
      }, BASEMAP_TILE_TIMEOUT_MS);
    }
    this.setLabels(options.labels);
  }

  getView(): MapView {
    const { lng, lat } = this.map.getCenter();
    return { center: [lng, lat], zoom: this.map.getZoom() };
  }

  setView(view: MapView): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  setSites(sites: FeatureCollection): void {
    this.data.sites = sites;
    const source = this.map.getSource<GeoJSONSource>(SOURCE_IDS.sites);
    if (!source) return;
    this.startMeasure();
    void source.setData(sites);
  }

  setAreas(areas: FeatureCollection): void {
    this.data.areas = areas;
    void this.map.getSource<GeoJSONSource>(SOURCE_IDS.areas)?.setData(areas);
  }

  /** District names as HTML markers: no glyphs needed, and the browser's own font. */
  setLabels(labels: ReadonlyArray<AreaLabel>): void {
    for (const marker of this.markers) marker.remove();
    this.markers = labels.map((label) => {
      const element = document.createElement('div');
      element.className = 'site-map__label';
      // The list carries the same names; the label is for sighted orientation only.
      element.setAttribute('aria-hidden', 'true');
      element.textContent = label.name;
      return new Marker({ element, anchor: 'bottom', offset: [0, -4] }).setLngLat(label.anchor).addTo(this.map);
    });
  }

  /** Rings the selected site (or clears the ring). */
  select(anchor: LonLat | undefined): void {
    this.data.selected = toSelectedPoint(anchor);
    void this.map.getSource<GeoJSONSource>(SOURCE_IDS.selected)?.setData(this.data.selected);
  }

  /** Centres the map on a site, zoomed in far enough to show it outside any cluster. */
  centreOn(anchor: LonLat): void {
    const target = { center: anchor, zoom: Math.max(this.map.getZoom(), SITE_ZOOM) };
    if (this.options.reducedMotion) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: 900 });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.basemapTimer);
    for (const marker of this.markers) marker.remove();
    this.map.remove();
  }

  private addAttribution(): void {
    // The remote style's sources carry their own attribution; OpenStreetMap's is added in case a style forgets it.
    this.attribution = new AttributionControl({ customAttribution: '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap</a>' });
    this.map.addControl(this.attribution, 'bottom-right');
  }

  private installOverlays(): void {
    const map = this.map;
    const pixelRatio = ICON_PIXEL_RATIO;
    for (const domain of DOMAINS) {
      for (const status of SITE_STATUSES) {
        const id = siteIconId(domain, status);
        if (map.hasImage(id)) continue;
        map.addImage(id, rasteriseSiteIcon({ shape: DOMAIN_SHAPES[domain], fill: STATUS_FILLS[status], colour: DOMAIN_COLOURS[domain], pixelRatio }), {
          pixelRatio,
        });
      }
    }
    for (const { id, image } of clusterLabelImages(this.options.formatCount, this.options.language)) {
      if (!map.hasImage(id)) map.addImage(id, image, { pixelRatio });
    }
    const before = this.isRemote ? overlayInsertionPoint(map.getStyle()) : undefined;
    const sources = buildOverlaySources(this.data);
    const { areaLayers, siteLayers } = buildOverlayLayers(this.options.scheme);
    map.addSource(SOURCE_IDS.areas, sources[SOURCE_IDS.areas]);
    for (const layer of areaLayers) map.addLayer(layer, before);
    map.addSource(SOURCE_IDS.selected, sources[SOURCE_IDS.selected]);
    this.startMeasure();
    map.addSource(SOURCE_IDS.sites, sources[SOURCE_IDS.sites]);
    for (const layer of siteLayers) map.addLayer(layer);
  }

  private startMeasure(): void {
    this.pendingMeasure = { start: performance.now(), sites: this.data.sites.features.length };
  }

  private handleIdle(): void {
    if (this.destroyed) return;
    const now = performance.now();
    if (this.pendingMeasure && this.map.getSource(SOURCE_IDS.sites)) {
      performance.measure(PERF_MEASURE, { start: this.pendingMeasure.start, end: now, detail: { sites: this.pendingMeasure.sites, builtIn: !this.isRemote } });
      this.pendingMeasure = undefined;
    }
    performance.clearMarks(PERF_IDLE_MARK);
    performance.mark(PERF_IDLE_MARK, { startTime: now });
    this.options.container.dataset.mapIdle = '';
  }

  private handleError(event: { error?: { message?: string }; sourceId?: string }): void {
    const fromBasemap = event.sourceId === undefined || !OVERLAY_SOURCE_IDS.has(event.sourceId);
    if (this.isRemote && fromBasemap && !this.basemapTileLoaded) {
      this.fallBack();
      return;
    }
    // Anything later (a missing tile at some zoom, a sprite) leaves a usable map; note it quietly.
    console.warn('Map:', event.error?.message ?? 'unknown error');
  }

  private fallBack(): void {
    if (!this.isRemote || this.destroyed) return;
    this.isRemote = false;
    clearTimeout(this.basemapTimer);
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = undefined;
    this.map.setStyle(buildBuiltInStyle(this.options.scheme), { diff: false });
    this.options.onBasemapUnavailable();
  }

  private async handleClick(event: MapMouseEvent): Promise<void> {
    const { x, y } = event.point;
    const features = this.map.queryRenderedFeatures(
      [
        [x - HIT_RADIUS, y - HIT_RADIUS],
        [x + HIT_RADIUS, y + HIT_RADIUS],
      ],
      { layers: [...INTERACTIVE_LAYER_IDS] },
    );
    const nearest = this.nearest(features, event.point);
    if (!nearest || nearest.geometry.type !== 'Point') return;
    const coordinates = nearest.geometry.coordinates as LonLat;
    const properties = nearest.properties as { cluster?: boolean; cluster_id?: number; siteId?: string };
    if (properties.cluster && typeof properties.cluster_id === 'number') {
      const target = await this.clusterTarget(properties.cluster_id, coordinates);
      if (!target || this.destroyed) return;
      this.map.easeTo({ ...target, duration: this.options.reducedMotion ? 0 : 500 });
      return;
    }
    if (typeof properties.siteId === 'string') this.options.onSelect(properties.siteId);
  }

  /**
   * Where a tap on a cluster goes: at least its expansion zoom (where it splits), and as far in as
   * shows all its sites at once, up to the zoom where no site is clustered. Sites a street apart
   * (a square's eleven measures) thus come apart in one tap instead of one level per tap.
   */
  private async clusterTarget(clusterId: number, at: LonLat): Promise<{ center: LonLat; zoom: number } | undefined> {
    const source = this.map.getSource<GeoJSONSource>(SOURCE_IDS.sites);
    if (!source) return undefined;
    const [expansion, leaves] = await Promise.all([source.getClusterExpansionZoom(clusterId), source.getClusterLeaves(clusterId, MAX_CLUSTER_LEAVES, 0)]);
    const box = leafBounds(leaves);
    const camera = box ? this.map.cameraForBounds(box, { padding: 48, maxZoom: SITE_ZOOM }) : undefined;
    const fitted = camera?.zoom ?? expansion;
    if (fitted <= expansion || !camera?.center) return { center: at, zoom: expansion };
    const { lng, lat } = camera.center as { lng: number; lat: number };
    return { center: [lng, lat], zoom: Math.min(fitted, SITE_ZOOM) };
  }

  private nearest(features: MapGeoJSONFeature[], point: { x: number; y: number }): MapGeoJSONFeature | undefined {
    let best: MapGeoJSONFeature | undefined;
    let bestDistance = Infinity;
    for (const feature of features) {
      if (feature.geometry.type !== 'Point') continue;
      const projected = this.map.project(feature.geometry.coordinates as LonLat);
      // Sites win over clusters at equal distance: their layer is checked first.
      const distance = Math.hypot(projected.x - point.x, projected.y - point.y) + (feature.layer.id === LAYER_IDS.clusters ? 0.5 : 0);
      if (distance < bestDistance) {
        best = feature;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** A cluster's sites read to frame it; a sample of a huge cluster frames it well enough. */
const MAX_CLUSTER_LEAVES = 2000;

function leafBounds(leaves: ReadonlyArray<{ geometry: { type: string; coordinates?: unknown } }>): [LonLat, LonLat] | undefined {
  let box: [LonLat, LonLat] | undefined;
  for (const leaf of leaves) {
    if (leaf.geometry.type !== 'Point') continue;
    const [lon, lat] = leaf.geometry.coordinates as LonLat;
    box = box
      ? [
          [Math.min(box[0][0], lon), Math.min(box[0][1], lat)],
          [Math.max(box[1][0], lon), Math.max(box[1][1], lat)],
        ]
      : [
          [lon, lat],
          [lon, lat],
        ];
  }
  return box;
}

const clusterLabelCache = new Map<string, ImageData>();

/**
 * The cluster count labels ("27", "3 000+") as images, drawn with the browser's own font on one
 * CPU-backed canvas (`willReadFrequently`: reading back a GPU canvas is slow) and kept for the
 * next map. Without a 2D canvas there are no labels; the circles still show.
 */
function clusterLabelImages(formatCount: (count: number) => string, language: string): Array<{ id: string; image: ImageData }> {
  const ratio = ICON_PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return [];
  const images: Array<{ id: string; image: ImageData }> = [];
  for (const [count, text] of clusterLabelStops(formatCount)) {
    const id = `${CLUSTER_COUNT_PREFIX}${count}`;
    const key = `${language}|${id}`;
    let image = clusterLabelCache.get(key);
    if (!image) {
      const fontSize = text.length > 5 ? 11 : 13;
      canvas.width = Math.max(24, text.length * 8 + 6) * ratio;
      canvas.height = 20 * ratio;
      context.font = `700 ${fontSize * ratio}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
      context.fillStyle = '#ffffff';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(text, canvas.width / 2, canvas.height / 2 + ratio * 0.5);
      image = context.getImageData(0, 0, canvas.width, canvas.height);
      clusterLabelCache.set(key, image);
    }
    images.push({ id, image });
  }
  return images;
}
