import { useId, type ReactNode } from 'react';
import { TabList } from '../../../components/tab-list';
import { useMessages } from '../../../i18n/messages';
import { indicatorsMessages } from '../indicators-messages';
import type { ViewTab } from '../utils/indicator-view';

interface ChartTabsProps {
  selected: ViewTab;
  onSelect: (tab: ViewTab) => void;
  chart: ReactNode;
  table: ReactNode;
  /** Called when the reader points at or focuses the tabs: a chance to fetch what the other tab needs. */
  onTabsIntent?: () => void;
}

const TABS: ViewTab[] = ['chart', 'table'];

/**
 * "Diagram | Tabell" as ARIA tabs (Authoring Practices, automatic activation): Left/Right and
 * Home/End move between the tabs and select them; Tab moves into the panel. Only the selected
 * panel is rendered, so a 100 000-value table is not built while the chart is shown.
 */
export function ChartTabs({ selected, onSelect, chart, table, onTabsIntent }: ChartTabsProps) {
  const t = useMessages(indicatorsMessages);
  const id = useId();
  const tabId = (tab: ViewTab) => `${id}-${tab}-tab`;
  const panelId = (tab: ViewTab) => `${id}-${tab}-panel`;
  return (
    <div className="chart-tabs">
      {/* A pointer over the tabs or focus in them only prepares; the tabs themselves stay the controls. */}
      <div onPointerEnter={onTabsIntent} onFocus={onTabsIntent}>
        <TabList
          tabs={TABS}
          labels={{ chart: t.tabChart, table: t.tabTable }}
          selected={selected}
          onSelect={onSelect}
          label={t.tabsLabel}
          tabId={tabId}
          panelId={panelId}
          className="chart-tabs__list"
          tabClassName="chart-tabs__tab"
        />
      </div>
      {TABS.map((tab) => (
        <div key={tab} role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} hidden={selected !== tab} tabIndex={0} className="chart-tabs__panel">
          {selected === tab ? (tab === 'chart' ? chart : table) : null}
        </div>
      ))}
    </div>
  );
}
