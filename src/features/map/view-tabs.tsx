import { useRef, type KeyboardEvent } from 'react';
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
  const refs = useRef<Partial<Record<ExplorerTab, HTMLButtonElement | null>>>({});
  const move = (tab: ExplorerTab) => {
    onSelect(tab);
    refs.current[tab]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(selected);
    const last = TABS.length - 1;
    const target =
      event.key === 'ArrowRight' ? TABS[index === last ? 0 : index + 1] : event.key === 'ArrowLeft' ? TABS[index === 0 ? last : index - 1] : event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS[last] : undefined;
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };
  return (
    <div role="tablist" aria-label={t.viewsLabel} className="view-tabs">
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            refs.current[tab] = element;
          }}
          type="button"
          role="tab"
          id={tabId(idBase, tab)}
          aria-selected={tab === selected}
          aria-controls={tabPanelId(idBase, tab)}
          tabIndex={tab === selected ? 0 : -1}
          className="view-tabs__tab"
          onClick={() => onSelect(tab)}
          onKeyDown={onKeyDown}
        >
          {tab === 'map' ? t.tabMap : t.tabList}
        </button>
      ))}
    </div>
  );
}
