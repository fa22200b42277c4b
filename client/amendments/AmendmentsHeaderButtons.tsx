/** The header's way into amendments: the panel toggle (with the number still open) and the dashboard. */
import { AppLink } from '../app/AppLink';
import { useI18n } from '../i18n/I18nProvider';
import { dashboardPath } from '../dashboard/dashboard-route';
import { useAmendmentList } from './queries/use-amendment-list';
import { useAmendments } from './store/amendments-context';

export function AmendmentsHeaderButtons() {
  const { t } = useI18n();
  const { panelOpen, setPanelOpen, summary } = useAmendments();
  const { amendments } = useAmendmentList();
  const open = amendments.filter((amendment) => amendment.status === 'proposed').length;
  return (
    <>
      <AppLink to={dashboardPath(summary.id)} className="button button--secondary button--small" data-testid="dashboard-link" title={t('dashboard.title')}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2.5 13.5V8.5M6.2 13.5v-9M9.8 13.5V6.5M13.5 13.5v-11" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <span className="doc-header__tool-label">{t('amendments.dashboard')}</span>
      </AppLink>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={panelOpen}
        aria-controls="amendments-panel"
        onClick={() => setPanelOpen(!panelOpen)}
        title={t('amendments.open')}
        data-testid="amendments-button"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 3.5h10M3 7h6M3 10.5h4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          <path d="M12.2 8.6l1.8 1.8-3.9 3.9-2.2.4.4-2.2z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
        </svg>
        <span className="doc-header__tool-label">{t('amendments.open')}</span>
        {open > 0 && (
          <span className="button__badge" data-testid="amendments-open-count">
            <span aria-hidden="true">{open}</span>
            <span className="visually-hidden">{t('amendments.openCount', { count: open })}</span>
          </span>
        )}
      </button>
    </>
  );
}
