/** Tells a stakeholder that typing in the text proposes changes rather than making them. */
import { useI18n } from '../../i18n/I18nProvider';
import { useAmendmentList } from '../queries/use-amendment-list';

export function SuggestingBanner() {
  const { t } = useI18n();
  const { periodOpen } = useAmendmentList();
  const closed = periodOpen === false;
  return (
    <div className={`readonly-banner suggesting-banner${closed ? ' suggesting-banner--closed' : ''}`} role="note" data-testid="suggesting-banner">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M11.5 1.8l2.7 2.7-8.4 8.4-3.4.7.7-3.4z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      </svg>
      <span>{t(closed ? 'amendments.period.closed' : 'amendments.suggest.banner')}</span>
    </div>
  );
}
