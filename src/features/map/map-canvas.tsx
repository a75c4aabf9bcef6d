import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppConfig } from '../../config/config-context';
import { formatNumber } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { areaLabelAnchor, boundsOf, siteAnchor, type LonLat } from './geometry';
import type * as MapEngine from './map-engine';
import type { AreaLabel, SiteMap } from './map-engine';
import { mapMessages } from './map-messages';
import { basemapChoice, toAreaShapes, toSitePoints } from './map-data';
import type { ColourScheme } from './map-style';
import { sameView, type MapView } from './url-state';

export interface FocusRequest {
  siteId: string;
  /** Increases with every request, so asking twice for the same site centres it twice. */
  sequence: number;
}

interface MapCanvasProps {
  areas: ReadonlyArray<AreaFeature>;
  /** The sites to draw (already filtered). */
  sites: ReadonlyArray<SiteFeature>;
  /** The districts to frame when the URL has no view (defaults to all areas). */
  frame?: ReadonlyArray<AreaFeature>;
  selectedSite: SiteFeature | undefined;
  focusRequest: FocusRequest | undefined;
  /** The view from the URL; followed when it changes from outside (back button, a pasted link). */
  view: MapView | undefined;
  onSelect: (siteId: string) => void;
  onViewChange: (view: MapView) => void;
  /** Move the keyboard focus to the map once it has started (it replaced the button the reader pressed). */
  focusWhenReady?: boolean;
  className?: string;
}

type Status = 'loading' | 'ready' | 'no-webgl' | 'failed';

let engineModule: Promise<typeof MapEngine> | undefined;

/**
 * Loads the map library (once), starting its worker. Called as early as possible — when the map
 * page mounts, before its data has arrived — so library, worker and data load side by side.
 */
export function loadMapEngine(): Promise<typeof MapEngine> {
  engineModule ??= import('./map-engine').catch((error: unknown) => {
    engineModule = undefined; // let a later attempt retry a failed download
    throw error;
  });
  return engineModule;
}

/**
 * Whether this browser can draw the map at all (jsdom and old browsers cannot). A prerendered
 * page assumes it can, as nearly every browser that hydrates it does.
 */
export function canDrawMaps(): boolean {
  if (typeof window === 'undefined') return true;
  return typeof window.WebGL2RenderingContext === 'function';
}

/** How long the map must rest before its view is written to the URL. */
const VIEW_WRITE_DELAY_MS = 250;

function prefers(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/**
 * The map itself. maplibre is loaded with a dynamic import on mount (never in the entry chunk,
 * never in jsdom). Without WebGL 2 — or if the map fails to start — it shows a message and the
 * list beside it keeps working. React passes data down; the engine never owns app state.
 */
export function MapCanvas({ areas, sites, frame, selectedSite, focusRequest, view, onSelect, onViewChange, focusWhenReady, className }: MapCanvasProps) {
  const t = useMessages(mapMessages);
  const language = useLanguage();
  const { basemapStyleUrl } = useAppConfig();
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<SiteMap | null>(null);
  // jsdom and old browsers have no WebGL 2: do not even download the map library.
  const [status, setStatus] = useState<Status>(() => (canDrawMaps() ? 'loading' : 'no-webgl'));
  const [basemapUnavailable, setBasemapUnavailable] = useState(false);

  const sitePoints = useMemo(() => toSitePoints(sites), [sites]);
  const areaShapes = useMemo(() => toAreaShapes(areas), [areas]);
  const labels = useMemo<AreaLabel[]>(
    () =>
      areas.flatMap((area) => {
        const anchor = areaLabelAnchor(area.geometry);
        return anchor ? [{ id: area.id, name: pickText(area.properties.name, language), anchor }] : [];
      }),
    [areas, language],
  );
  const selectedAnchor: LonLat | undefined = useMemo(() => (selectedSite ? siteAnchor(selectedSite.geometry) : undefined), [selectedSite]);

  // The sites the engine has; it is created with those of the latest render, later changes are sent on.
  const sentSites = useRef(sitePoints);
  // The latest props, for the engine's callbacks and its one-time creation.
  const latest = useRef({ sitePoints, areaShapes, labels, view, frame: frame ?? areas, selectedAnchor, onSelect, onViewChange });
  useEffect(() => {
    latest.current = { sitePoints, areaShapes, labels, view, frame: frame ?? areas, selectedAnchor, onSelect, onViewChange };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !canDrawMaps()) return;
    let cancelled = false;
    let engine: SiteMap | undefined;
    let viewTimer: ReturnType<typeof setTimeout> | undefined;
    const initial = latest.current;
    const scheme: ColourScheme = prefers('(prefers-color-scheme: dark)') ? 'dark' : 'light';
    loadMapEngine()
      .then(({ createSiteMap }) =>
        createSiteMap({
          container,
          basemap: basemapChoice(basemapStyleUrl),
          scheme,
          view: initial.view,
          bounds: boundsOf(initial.frame),
          areas: initial.areaShapes,
          sites: initial.sitePoints,
          labels: initial.labels,
          locale: {
            'Map.Title': t.mapLabel,
            'NavigationControl.ZoomIn': t.zoomIn,
            'NavigationControl.ZoomOut': t.zoomOut,
            'NavigationControl.ResetBearing': t.resetNorth,
            'AttributionControl.ToggleAttribution': t.toggleAttribution,
          },
          language,
          formatCount: (count) => formatNumber(count, language),
          reducedMotion: prefers('(prefers-reduced-motion: reduce)'),
          onSelect: (siteId) => latest.current.onSelect(siteId),
          onViewChange: (next) => {
            // Written once the map has come to rest: the URL (and the page around the map) need not
            // follow every step of a pan, and Safari refuses more than 100 history updates in 30 s.
            clearTimeout(viewTimer);
            viewTimer = setTimeout(() => latest.current.onViewChange(next), VIEW_WRITE_DELAY_MS);
          },
          onBasemapUnavailable: () => {
            if (!cancelled) setBasemapUnavailable(true);
          },
        }),
      )
      .then((created) => {
        engine = created;
        if (cancelled) {
          created.destroy();
          return;
        }
        engineRef.current = created;
        // Only what changed while the library was loading: sending 100 000 sites twice costs a second.
        if (latest.current.sitePoints !== initial.sitePoints) created.setSites(latest.current.sitePoints);
        sentSites.current = latest.current.sitePoints;
        created.select(latest.current.selectedAnchor);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setStatus(error instanceof Error && /webgl/i.test(error.message) ? 'no-webgl' : 'failed');
        console.warn('The map could not start:', error);
      });
    return () => {
      cancelled = true;
      clearTimeout(viewTimer);
      engine?.destroy();
      engineRef.current = null;
    };
    // Created once per mount: language and config changes remount the route.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (status !== 'ready' || !engineRef.current || sentSites.current === sitePoints) return;
    sentSites.current = sitePoints;
    engineRef.current.setSites(sitePoints);
  }, [sitePoints, status]);

  useEffect(() => {
    if (status !== 'ready') return;
    engineRef.current?.setAreas(areaShapes);
    engineRef.current?.setLabels(labels);
  }, [areaShapes, labels, status]);

  useEffect(() => {
    if (status === 'ready') engineRef.current?.select(selectedAnchor);
  }, [selectedAnchor, status]);

  // Centre once per request, when the requested site has become the selected one (the URL
  // may update a render after the request).
  const handledRequest = useRef(0);
  useEffect(() => {
    const engine = engineRef.current;
    if (status !== 'ready' || !engine || !focusRequest || focusRequest.sequence === handledRequest.current) return;
    if (selectedSite?.id !== focusRequest.siteId || !selectedAnchor) return;
    handledRequest.current = focusRequest.sequence;
    engine.centreOn(selectedAnchor);
  }, [focusRequest, selectedSite, selectedAnchor, status]);

  useEffect(() => {
    const engine = engineRef.current;
    if (status !== 'ready' || !engine || !view) return;
    if (!sameView(view, engine.getView())) engine.setView(view);
  }, [view, status]);

  useEffect(() => {
    if (status === 'ready' && focusWhenReady) containerRef.current?.querySelector<HTMLElement>('canvas')?.focus();
  }, [status, focusWhenReady]);

  const message = status === 'no-webgl' ? t.noWebGl : status === 'failed' ? t.mapFailed : undefined;
  return (
    <div className={['site-map', className].filter(Boolean).join(' ')}>
      {basemapUnavailable && status === 'ready' ? (
        <p className="site-map__note" role="status">
          {t.basemapUnavailable}
        </p>
      ) : null}
      <div className="site-map__frame">
        <div ref={containerRef} className="site-map__container" data-map-status={status} hidden={message !== undefined} />
        {status === 'loading' ? <p className="site-map__loading">{t.mapLoading}</p> : null}
        {message ? (
          <p className="notice site-map__message" role="status">
            {message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
