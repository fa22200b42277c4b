/** The header's way to the audit log. */
import { AppLink } from '../app/AppLink';
import { useI18n } from '../i18n/I18nProvider';
import { auditPath } from './audit-route';

export function AuditLink({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  return (
    <AppLink to={auditPath(documentId)} className="button button--secondary button--small" data-testid="audit-link">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 1.8h5.5L12.5 5v9.2H4z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
        <path d="M6 7.5h4.5M6 10h4.5M6 12.5h3" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
      </svg>
      <span className="doc-header__tool-label">{t('header.audit')}</span>
    </AppLink>
  );
}
