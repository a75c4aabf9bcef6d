import { TabList } from '../../components/tab-list';
import { useMessages } from '../../i18n/messages';
import { mapMessages } from './map-messages';

export type ExplorerTab = 'map' | 'list';
const TABS: ReadonlyArray<ExplorerTab> = ['map', 'list'];

export function tabId(idBase: string, tab: ExplorerTab): string {
  return `${idBase}-tab-${tab}`;
}

export function tabPanelId(idBase: string, tab: ExplorerTab): string {
  return `${idBase}-panel-${tab}`;
}

/**
 * Map | List as ARIA tabs (phones): arrow keys, Home and End move between the tabs and select
 * them (automatic activation, as the ARIA Authoring Practices describe for tabs whose panels are
 * already rendered).
 */
export function ViewTabs({ idBase, selected, onSelect }: { idBase: string; selected: ExplorerTab; onSelect: (tab: ExplorerTab) => void }) {
  const t = useMessages(mapMessages);
  return (
    <TabList
      tabs={TABS}
      labels={{ map: t.tabMap, list: t.tabList }}
      selected={selected}
      onSelect={onSelect}
      label={t.viewsLabel}
      tabId={(tab) => tabId(idBase, tab)}
      panelId={(tab) => tabPanelId(idBase, tab)}
      className="view-tabs"
      tabClassName="view-tabs__tab"
    />
  );
}
