import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages';
import { indicatorsMessages } from '../indicators-messages';
import type { ViewTab } from '../utils/series';

interface ChartTabsProps {
  selected: ViewTab;
  onSelect: (tab: ViewTab) => void;
  chart: ReactNode;
  table: ReactNode;
}

const TABS: ViewTab[] = ['chart', 'table'];

/**
 * "Diagram | Tabell" as ARIA tabs (Authoring Practices, automatic activation): Left/Right and
 * Home/End move between the tabs and select them; Tab moves into the panel. Only the selected
 * panel is rendered, so a 100 000-value table is not built while the chart is shown.
 */
export function ChartTabs({ selected, onSelect, chart, table }: ChartTabsProps) {
  const t = useMessages(indicatorsMessages);
  const id = useId();
  const refs = useRef<Record<ViewTab, HTMLButtonElement | null>>({ chart: null, table: null });
  const labels: Record<ViewTab, string> = { chart: t.tabChart, table: t.tabTable };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(selected);
    let next: ViewTab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(index - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS.at(-1);
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="chart-tabs">
      <div role="tablist" aria-label={t.tabsLabel} className="chart-tabs__list">
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              refs.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}-tab`}
            aria-selected={selected === tab}
            aria-controls={`${id}-${tab}-panel`}
            tabIndex={selected === tab ? 0 : -1}
            className="chart-tabs__tab"
            onClick={() => onSelect(tab)}
            onKeyDown={onKeyDown}
          >
            {labels[tab]}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div key={tab} role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}-tab`} hidden={selected !== tab} tabIndex={0} className="chart-tabs__panel">
          {selected === tab ? (tab === 'chart' ? chart : table) : null}
        </div>
      ))}
    </div>
  );
}
