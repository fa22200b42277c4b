/** A failure shown in place, with the reason and a retry. */
import { errorMessage } from '../api/error-message';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from './Button';

interface ErrorBoxProps {
  error: unknown;
  title?: string;
  /** Replaces the message derived from the error, when the page knows better what it means. */
  message?: string;
  onRetry?: () => void;
}

export function ErrorBox({ error, title, message, onRetry }: ErrorBoxProps) {
  const { t } = useI18n();
  return (
    <div className="error-box" role="alert">
      <p className="error-box__title">{title ?? t('error.title')}</p>
      <p className="error-box__message">{message ?? errorMessage(t, error)}</p>
      {onRetry && (
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
