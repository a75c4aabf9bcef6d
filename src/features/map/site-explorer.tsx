import { formatPlural } from '../../i18n/plural';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useId, useMemo, useState, type HTMLAttributes } from 'react';
import { DataError } from '../../components/data-error';
import { DataQualityNotice } from '../../components/data-quality-notice';
import { Loading } from '../../components/loading';
import { formatNumber } from '../../core/format';
import { WhenHydrated } from '../../components/when-hydrated';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { useAreas, useEvents, useIndicators, useMeta, useSites } from '../../lib/api/hooks';
import type { SiteFeature } from '../../contract/schemas';
import { ALL_FILTERS, filterSites, isShowingAll, type SiteFilters } from './filters';
import { Legend } from './legend';
import { MapCanvas, canDrawMaps, loadMapEngine } from './map-canvas';
import { MapPreview } from './map-preview';
import type { PictureMark } from './map-picture';
import { SITE_ZOOM } from './map-data';
import { mapMessages } from './map-messages';
import { FilterControls } from './filter-controls';
import { SiteList } from './site-list';
import { useMapUrlState } from './use-map-url-state';
import { useSiteSelection } from './use-site-selection';
import { PHONE_QUERY, useMediaQuery } from '../../lib/media/use-media-query';
import { ViewTabs, tabId, tabPanelId, type ExplorerTab } from './view-tabs';
import type { MapView } from './url-state';
import './map.css';

// The panel (and its results, which read the linked indicators' values) loads when a site is
// first opened: it is not needed to show the page, and kept off the map page's critical path.
const SitePanel = lazy(() => import('./site-panel').then((module) => ({ default: module.SitePanel })));

// "Nära mig" (location and address search) loads after the page: not needed for its first screen.
const NearMePanel = lazy(() => import('./near-me-panel'));

/** The stand-in picture's shapes: a district page's strip, and the map page's panel on a phone (its two districts lie one above the other). */
const WIDE_PICTURE = { width: 320, height: 200 };
const TALL_PICTURE = { width: 320, height: 400 };

export interface SiteExplorerProps {
  /**
   * The district page: only this district's sites, the map framed on it, no filters, headings one
   * level down. Without it: the map page, with filters and legend.
   */
  areaId?: string;
}

/** Same sites in the same order (by reference, or by value where the hooks rebuilt a record). */
function sameSites(a: ReadonlyArray<SiteFeature>, b: ReadonlyArray<SiteFeature>): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const [x, y] = [a[index], b[index]];
    if (x !== y && (x?.id !== y?.id || JSON.stringify(x) !== JSON.stringify(y))) return false;
  }
  return true;
}

/** The sites with a stable identity while their content is the same, so the map re-clusters only on real changes. */
function useStableSites(sites: ReadonlyArray<SiteFeature> | undefined): ReadonlyArray<SiteFeature> | undefined {
  const [stable, setStable] = useState(sites);
  if (sites !== stable && (sites === undefined || stable === undefined || !sameSites(sites, stable))) {
    setStable(sites);
    return sites;
  }
  return stable;
}

/**
 * The sites as a list beside a map, synced both ways, with the selected site's panel; on the
 * map page also the filters and the legend. All state that matters for a shared link (view,
 * filters, selected site) lives in the URL.
 */
export function SiteExplorer({ areaId }: SiteExplorerProps) {
  const t = useMessages(mapMessages);
  const language = useLanguage();
  const compact = areaId !== undefined;
  const sitesState = useSites();
  const areasState = useAreas();
  const events = useEvents();
  const indicators = useIndicators();
  const meta = useMeta();
  const { state, update } = useMapUrlState();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const idBase = useId();
  const [tab, setTab] = useState<ExplorerTab>('map');

  // The map engine's start-up (WebGL context, painter, first shaders) is the single largest task
  // of any page: ~1.2 s of blocking time on Lighthouse's phone, and the map page's score of 75
  // against 99 without it. So where the screen is small — a district page's strip,
  // the map page on a phone — the map starts as a picture drawn from the same data, and the
  // library (~300 KB gzip) loads when the reader asks for it. A shared link with a map view
  // opens on the map; where no map can be drawn, its own fallback text shows at once.
  const [mapStarted, setMapStarted] = useState(false);
  const [focusMap, setFocusMap] = useState(false);
  const startsAtOnce = !canDrawMaps() || (!compact && (!isPhone || state.view !== undefined));
  // Once started, the map stays (a phone turned to landscape and back keeps its map).
  if (startsAtOnce && !mapStarted) setMapStarted(true);
  const mapWanted = mapStarted || startsAtOnce;
  const showMap = useCallback(() => {
    setFocusMap(true);
    setMapStarted(true);
  }, []);
  // The map library and its worker load while the data does.
  useEffect(() => {
    if (mapWanted && canDrawMaps()) loadMapEngine().catch(() => undefined);
  }, [mapWanted]);

  const allSites = useStableSites(sitesState.data);
  const areas = areasState.data;
  const filters: SiteFilters = compact ? ALL_FILTERS : state.filters;
  const scoped = useMemo(() => (allSites ? (areaId ? allSites.filter((site) => site.properties.areaId === areaId) : [...allSites]) : []), [allSites, areaId]);
  // Typing in the search box must stay responsive with 100 000 sites: the list and the map
  // follow the filters at a lower priority than the box itself.
  const deferredFilters = useDeferredValue(filters);
  const shown = useMemo(() => filterSites(scoped, deferredFilters), [scoped, deferredFilters]);
  const frame = useMemo(() => (areas && areaId ? areas.filter((area) => area.id === areaId) : areas), [areas, areaId]);
  const { visibleSelected, focusRequest, revealToken, focusPanel, announcement, bodyRef, panelRef, selectFromList, selectFromMap, close, changeFilters } =
    useSiteSelection({ state, update, scoped, filters, sheet: isPhone });
  const selectedArea = visibleSelected ? areas?.find((area) => area.id === visibleSelected.properties.areaId) : undefined;

  const changeView = useCallback((view: MapView) => update({ view }), [update]);
  // The picture's marks: a site opens its sheet (the map can wait); a cluster opens the map
  // zoomed in on it, where its sites stand apart.
  const selectFromPicture = useCallback(
    (siteId: string) => {
      const site = scoped.find((candidate) => candidate.id === siteId);
      if (site) selectFromList(site);
    },
    [scoped, selectFromList],
  );
  const openClusterFromPicture = useCallback(
    (mark: PictureMark) => {
      update({ view: { center: [mark.anchor[0], mark.anchor[1]], zoom: SITE_ZOOM } });
      showMap();
    },
    [update, showMap],
  );

  const H = compact ? 'h3' : 'h2';
  const showTabs = isPhone && !compact;
  const panelProps = (which: ExplorerTab): HTMLAttributes<HTMLElement> =>
    showTabs ? { role: 'tabpanel', id: tabPanelId(idBase, which), 'aria-labelledby': tabId(idBase, which), hidden: tab !== which } : {};
  const listHeadingId = `${idBase}-list-heading`;
  const mapHeadingId = `${idBase}-map-heading`;
  const total = scoped.length;
  const countText = !allSites
    ? ''
    : compact
      ? formatPlural(t.siteCount, total, language)
      : shown.length === total
        ? t.resultCountAll(formatNumber(total, language))
        : t.resultCount(formatNumber(shown.length, language), formatNumber(total, language));
  const missingSelection = allSites !== undefined && state.siteId !== undefined && !visibleSelected;

  return (
    <div className={`site-explorer site-explorer--${compact ? 'compact' : 'full'}`}>
      {compact ? null : isPhone ? (
        // Phones: the filters fold behind one line, so the map (or list) is on the first screen.
        // Open when a filter is active, so what hides sites is never out of sight.
        <details className="site-explorer__filters-fold" open={!isShowingAll(filters) || undefined}>
          <summary>{t.filtersFold}</summary>
          <FilterControls filters={filters} sites={scoped} onChange={changeFilters} />
        </details>
      ) : (
        <FilterControls filters={filters} sites={scoped} onChange={changeFilters} />
      )}
      <DataQualityNotice problems={[...sitesState.problems, ...areasState.problems]} />
      {sitesState.error ? <DataError error={sitesState.error} onRetry={sitesState.refetch} /> : null}
      <p className="site-explorer__count" aria-live="polite">
        {countText}
      </p>
      {missingSelection ? <p className="notice">{t.notFound}</p> : null}
      {showTabs ? <ViewTabs idBase={idBase} selected={tab} onSelect={setTab} /> : null}
      <div className="site-explorer__body" ref={bodyRef} data-panel-open={visibleSelected ? 'true' : undefined}>
        <section className="site-explorer__list" aria-labelledby={showTabs ? undefined : listHeadingId} {...panelProps('list')}>
          <H id={listHeadingId} tabIndex={-1} className={showTabs ? 'visually-hidden' : 'site-explorer__heading'}>
            {t.listHeading}
          </H>
          {sitesState.isPending || areasState.isPending ? (
            <Loading lines={5} />
          ) : shown.length === 0 ? (
            <div className="site-explorer__empty">
              <p>{total === 0 ? t.noSites : t.noMatches}</p>
              {total > 0 ? (
                <button type="button" className="button button--secondary" onClick={() => changeFilters(ALL_FILTERS)}>
                  {t.showAll}
                </button>
              ) : null}
            </div>
          ) : (
            <SiteList
              sites={shown}
              areas={areas ?? []}
              selectedId={visibleSelected?.id}
              groupByArea={!compact}
              headingLevel={compact ? 4 : 3}
              revealToken={revealToken}
              onSelect={selectFromList}
            />
          )}
        </section>
        <section className="site-explorer__map" aria-labelledby={showTabs ? undefined : mapHeadingId} {...panelProps('map')}>
          <H id={mapHeadingId} className="visually-hidden">
            {t.mapHeading}
          </H>
          {areasState.error ? (
            <DataError error={areasState.error} onRetry={areasState.refetch} />
          ) : areas && !mapWanted ? (
            <MapPreview
              areas={frame ?? []}
              sites={shown}
              size={compact ? WIDE_PICTURE : TALL_PICTURE}
              label={t.mapPreview}
              buttonLabel={t.showMap}
              onShow={showMap}
              onSelectSite={selectFromPicture}
              onOpenCluster={openClusterFromPicture}
              language={language}
            />
          ) : areas ? (
            <MapCanvas
              areas={areas}
              sites={shown}
              frame={frame}
              selectedSite={visibleSelected}
              focusRequest={focusRequest}
              view={state.view}
              onSelect={selectFromMap}
              onViewChange={changeView}
              focusWhenReady={focusMap}
            />
          ) : null}
        </section>
        {visibleSelected ? (
          <div className="site-explorer__panel" ref={panelRef}>
            <Suspense fallback={<Loading lines={3} />}>
              <SitePanel
                site={visibleSelected}
                area={selectedArea}
                indicators={indicators.data ?? []}
                events={events.data ?? []}
                updated={meta.data?.updated}
                headingLevel={compact ? 3 : 2}
                focusOnOpen={focusPanel}
                onClose={close}
              />
            </Suspense>
          </div>
        ) : null}
      </div>
      {compact || !allSites ? null : (
        // Not in a prerendered page: it appears once the browser has taken over.
        <WhenHydrated>
          <Suspense fallback={null}>
            <NearMePanel sites={scoped} onSelect={selectFromList} />
          </Suspense>
        </WhenHydrated>
      )}
      <Legend headingLevel={compact ? 3 : 2} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
