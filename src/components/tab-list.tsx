import { useRef, type KeyboardEvent } from 'react';

/** The tab a key moves to (ARIA Authoring Practices: arrows wrap, Home and End jump), or undefined for other keys. */
export function tabForKey<T>(tabs: ReadonlyArray<T>, selected: T, key: string): T | undefined {
  const index = tabs.indexOf(selected);
  if (key === 'ArrowRight') return tabs[(index + 1) % tabs.length];
  if (key === 'ArrowLeft') return tabs[(index - 1 + tabs.length) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs.at(-1);
  return undefined;
}

interface TabListProps<T extends string> {
  tabs: ReadonlyArray<T>;
  labels: Record<T, string>;
  selected: T;
  onSelect: (tab: T) => void;
  /** The accessible name of the tab list. */
  label: string;
  tabId: (tab: T) => string;
  panelId: (tab: T) => string;
  className: string;
  tabClassName: string;
}

/**
 * A row of ARIA tabs with automatic activation: arrow keys, Home and End move between the tabs
 * and select them; only the selected tab is in the Tab order. The panels are the caller's.
 */
export function TabList<T extends string>({ tabs, labels, selected, onSelect, label, tabId, panelId, className, tabClassName }: TabListProps<T>) {
  const refs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const next = tabForKey(tabs, selected, event.key);
    if (next === undefined) return;
    event.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            refs.current[tab] = element;
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === selected}
          aria-controls={panelId(tab)}
          tabIndex={tab === selected ? 0 : -1}
          className={tabClassName}
          onClick={() => onSelect(tab)}
          onKeyDown={onKeyDown}
        >
          {labels[tab]}
        </button>
      ))}
    </div>
  );
}
