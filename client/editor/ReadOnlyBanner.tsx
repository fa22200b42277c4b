/** Tells stakeholders and observers that the text is theirs to read, not to edit. */
import { useI18n } from '../i18n/I18nProvider';

export function ReadOnlyBanner() {
  const { t } = useI18n();
  return (
    <div className="readonly-banner" role="note" data-testid="readonly-banner">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M1 8s2.6-5 7-5 7 5 7 5-2.6 5-7 5-7-5-7-5z" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <circle cx="8" cy="8" r="2.2" fill="currentColor" />
      </svg>
      <span>{t('readonly.banner')}</span>
    </div>
  );
}
