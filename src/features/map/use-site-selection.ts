import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import type { SiteFeature } from '../../contract/schemas';
import { matchesFilters, type SiteFilters } from './filters';
import type { FocusRequest } from './map-canvas';
import { mapMessages } from './map-messages';
import type { MapUrlState } from './url-state';
import type { UpdateOptions } from '../../lib/url/use-search-state';

interface SiteSelectionInput {
  /** The URL state: the selected site, and the view a shared link fixes. */
  state: MapUrlState;
  update: (patch: Partial<MapUrlState>, options?: UpdateOptions) => void;
  /** The sites in scope (the district's on a district page), before the filters. */
  scoped: ReadonlyArray<SiteFeature>;
  filters: SiteFilters;
  /**
   * The panel is a bottom sheet (a phone): opening it adds a history entry, so the Back button
   * closes the sheet instead of leaving the page, as it does for any sheet on a phone.
   */
  sheet?: boolean;
}

/**
 * The selected site and what follows a selection: the map centres on a site chosen in the list,
 * the list reveals a site chosen on the map, the panel takes focus when opened from the list,
 * focus goes back to the list when the panel closes, and a polite announcement says what
 * happened. A filter that hides the selected site closes its panel.
 */
export function useSiteSelection({ state, update, scoped, filters, sheet = false }: SiteSelectionInput) {
  const t = useMessages(mapMessages);
  const language = useLanguage();
  const navigate = useNavigate();
  // This page added the open sheet's history entry: closing it goes back instead of adding another.
  const pushedEntry = useRef(false);
  const openSiteId = state.siteId;
  useEffect(() => {
    if (openSiteId === undefined) pushedEntry.current = false;
  }, [openSiteId]);
  const open = useCallback(
    (siteId: string) => {
      const push = sheet && openSiteId === undefined;
      if (push) pushedEntry.current = true;
      update({ siteId }, { push });
    },
    [sheet, openSiteId, update],
  );
  // A site in a shared link is centred on load, unless the link also fixes the view.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>(() =>
    state.siteId && !state.view ? { siteId: state.siteId, sequence: 1 } : undefined,
  );
  const [revealToken, setRevealToken] = useState(0);
  const [focusPanel, setFocusPanel] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const returnFocusTo = useRef<string | undefined>(undefined);
  const bodyRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const selectedSite = state.siteId ? scoped.find((site) => site.id === state.siteId) : undefined;
  const visibleSelected = selectedSite && matchesFilters(selectedSite, filters) ? selectedSite : undefined;

  const selectFromList = useCallback(
    (site: SiteFeature) => {
      open(site.id);
      setFocusRequest((previous) => ({ siteId: site.id, sequence: (previous?.sequence ?? 0) + 1 }));
      setFocusPanel(true);
      setAnnouncement('');
    },
    [open],
  );

  const selectFromMap = useCallback(
    (siteId: string) => {
      const site = scoped.find((candidate) => candidate.id === siteId);
      if (!site) return;
      open(siteId);
      setFocusPanel(false);
      setRevealToken((token) => token + 1);
      setAnnouncement(t.selectedAnnouncement(pickText(site.properties.name, language)));
    },
    [scoped, open, t, language],
  );

  const close = useCallback(() => {
    const hadFocus = panelRef.current?.contains(document.activeElement) ?? false;
    if (hadFocus && state.siteId) returnFocusTo.current = state.siteId;
    if (pushedEntry.current) {
      pushedEntry.current = false;
      void navigate(-1);
    } else update({ siteId: undefined });
    setFocusPanel(false);
    setAnnouncement(t.closedAnnouncement);
  }, [state.siteId, update, t, navigate]);

  // After the panel closes, focus goes back to the site's button in the list (or the list itself).
  useEffect(() => {
    const siteId = returnFocusTo.current;
    if (siteId === undefined || visibleSelected) return;
    returnFocusTo.current = undefined;
    const body = bodyRef.current;
    // Site ids are kebab-case (validated by the schema), so they are safe in a selector.
    const button = body?.querySelector<HTMLElement>(`[data-site-id="${siteId}"]`);
    if (button && !button.closest('[hidden]')) button.focus();
    else body?.querySelector<HTMLElement>('.site-explorer__list h2, .site-explorer__list h3')?.focus();
  }, [visibleSelected]);

  const changeFilters = useCallback(
    (next: SiteFilters) => {
      const patch: Partial<MapUrlState> = { filters: next };
      if (selectedSite && !matchesFilters(selectedSite, next)) patch.siteId = undefined;
      update(patch);
    },
    [selectedSite, update],
  );

  return { visibleSelected, focusRequest, revealToken, focusPanel, announcement, bodyRef, panelRef, selectFromList, selectFromMap, close, changeFilters };
}
