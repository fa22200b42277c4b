/** Figures | Synthesis, as tabs that arrow keys move between. */
import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

export type DashboardTab = 'figures' | 'synthesis';

const TABS: ReadonlyArray<{ id: DashboardTab; key: MessageKey }> = [
  { id: 'figures', key: 'dashboard.tabFigures' },
  { id: 'synthesis', key: 'dashboard.tabSynthesis' },
];

export function DashboardTabs({ value, onChange }: { value: DashboardTab; onChange: (tab: DashboardTab) => void }) {
  const { t } = useI18n();
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = TABS.findIndex((tab) => tab.id === value);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    if (!next) return;
    onChange(next.id);
    document.getElementById(`dashboard-tab-${next.id}`)?.focus();
    event.preventDefault();
  }
  return (
    <div className="tabs" role="tablist" aria-label={t('dashboard.title')} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`dashboard-tab-${tab.id}`}
          className="tabs__tab"
          aria-selected={value === tab.id}
          aria-controls={`dashboard-panel-${tab.id}`}
          tabIndex={value === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          data-testid={`dashboard-tab-${tab.id}`}
        >
          {t(tab.key)}
        </button>
      ))}
    </div>
  );
}
