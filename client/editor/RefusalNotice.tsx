/** When the server refuses the live connection for good: why, and what one can do about it. */
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { AppLink } from '../app/AppLink';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { refusalMessage } from './refusal-message';

interface RefusalNoticeProps {
  code: number;
  /** The server's close reason; shown for a refused update, which names the limit it broke. */
  reason?: string;
  /** Drops this device's copy of the text (it holds the refused change) and opens the live text again: a refused update (4413) or a change to a paragraph locked meanwhile. */
  onReloadLiveText?: () => void;
}

export function RefusalNotice({ code, reason = '', onReloadLiveText }: RefusalNoticeProps) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  return (
    <div className="refusal-notice" role="alert" data-testid="refusal-notice" data-code={code}>
      <p className="refusal-notice__message">{refusalMessage(t, code, reason)}</p>
      <div className="refusal-notice__actions">
        {code === CLOSE_CODES.unauthorized && (
          <Button variant="primary" size="small" onClick={() => signOut('unauthorized')}>
            {t('connection.signInAgain')}
          </Button>
        )}
        {code === CLOSE_CODES.badMessage && !onReloadLiveText && (
          <Button variant="primary" size="small" onClick={() => location.reload()}>
            {t('connection.reload')}
          </Button>
        )}
        {onReloadLiveText && (
          <Button variant="primary" size="small" onClick={onReloadLiveText} data-testid="reload-live-text">
            {t('connection.reloadLiveText')}
          </Button>
        )}
        <AppLink to="/" className="button button--secondary button--small">
          {t('document.back')}
        </AppLink>
      </div>
    </div>
  );
}
