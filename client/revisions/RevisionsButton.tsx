/** The header button that opens the side panel on its Revisions tab. */
import { useI18n } from '../i18n/I18nProvider';

export function RevisionsButton({ expanded, onClick }: { expanded: boolean; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      title={t('revisions.open')}
      className="button button--secondary button--small"
      aria-expanded={expanded}
      aria-controls="revisions-panel"
      onClick={onClick}
      data-testid="revisions-button"
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M2.2 8a5.8 5.8 0 1 0 1.7-4.1" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        <path d="M1.8 1.8v2.6h2.6" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M8 4.8V8l2.2 1.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="doc-header__tool-label">{t('revisions.open')}</span>
    </button>
  );
}
