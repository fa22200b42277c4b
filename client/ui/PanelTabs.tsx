/** Tabs along the top of the workspace side panel (Participants, Revisions, …); arrow keys move between them. */
import type { KeyboardEvent } from 'react';

export interface PanelTab<Id extends string> {
  id: Id;
  label: string;
  /** The id of the panel element the tab shows. */
  controls: string;
}

interface PanelTabsProps<Id extends string> {
  tabs: readonly PanelTab<Id>[];
  current: Id;
  label: string;
  onSelect: (id: Id) => void;
}

export function PanelTabs<Id extends string>({ tabs, current, label, onSelect }: PanelTabsProps<Id>) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = tabs.findIndex((tab) => tab.id === current);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-tab="${next.id}"]`)?.focus();
  }

  return (
    <div className="panel-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          className="panel-tabs__tab"
          aria-selected={tab.id === current}
          aria-controls={tab.controls}
          tabIndex={tab.id === current ? 0 : -1}
          data-tab={tab.id}
          data-testid={`panel-tab-${tab.id}`}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
