import React, {useId, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface TabItem<T extends string> {
  readonly id: T;
  readonly label: ReactNode;
}

interface Props<T extends string> {
  /** Accessible name of the tab list. */
  readonly label: string;
  readonly tabs: readonly TabItem<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  /** Content of the selected tab's panel. */
  readonly children: ReactNode;
}

/**
 * Tabs following the WAI-ARIA Authoring Practices "tabs with automatic
 * activation" pattern: one tab stop for the list, Left/Right arrows move and
 * select (wrapping), Home/End go to the first/last tab, Tab moves into the
 * panel. Controlled, so the selected tab can live in shared state.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/examples/tabs-automatic/
 */
export default function Tabs<T extends string>({label, tabs, selected, onSelect, children}: Props<T>): ReactNode {
  const id = useId();
  const tabId = (tab: T): string => `${id}-tab-${tab}`;
  const panelId = (tab: T): string => `${id}-panel-${tab}`;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number): void {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const tab = target === undefined ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  }

  return (
    <div className={styles.tabs}>
      <div role="tablist" aria-label={label} className={styles.tabList}>
        {tabs.map((tab, index) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={isSelected}
              aria-controls={panelId(tab.id)}
              tabIndex={isSelected ? 0 : -1}
              className={clsx(styles.tab, isSelected && styles.tabSelected)}
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}>
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          tabIndex={0}
          hidden={tab.id !== selected}
          className={styles.tabPanel}>
          {tab.id === selected ? children : null}
        </div>
      ))}
    </div>
  );
}
