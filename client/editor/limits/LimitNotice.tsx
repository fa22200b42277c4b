/** Why the last paste or change was not made: a notice above the text until it is dismissed. */
import { useI18n } from '../../i18n/I18nProvider';
import type { LimitRefusal } from './document-limits-extension';
import { limitMessage } from './limit-message';

export function LimitNotice({ refusal, onDismiss }: { refusal: LimitRefusal; onDismiss: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="limit-notice" role="alert" data-testid="limit-notice" data-limit={refusal.breach.limit}>
      <p className="limit-notice__message">
        {limitMessage(t, locale, refusal)}
        {refusal.includesUnsent && ` ${t('limits.includesUnsent')}`}
      </p>
      <button type="button" className="button button--secondary button--small" onClick={onDismiss} data-testid="limit-notice-dismiss">
        {t('limits.dismiss')}
      </button>
    </div>
  );
}
