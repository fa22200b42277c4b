/** The connection pill: connecting, live, offline (edits kept on this device) or refused, with the reason. */
import { useI18n } from '../i18n/I18nProvider';
import type { ConnectionState } from './connection-state';
import { refusalMessage, refusalReason } from './refusal-message';

interface ConnectionStatusPillProps {
  state: ConnectionState;
  /** Editors are told their offline edits are kept; readers only that the page reconnects. */
  mayEdit: boolean;
  unsent: boolean;
}

export function ConnectionStatusPill({ state, mayEdit, unsent }: ConnectionStatusPillProps) {
  const { t } = useI18n();
  const { label, description } = (() => {
    switch (state.kind) {
      case 'connecting':
        return { label: t('connection.connecting'), description: t('connection.describeConnecting') };
      case 'connected':
        return { label: t('connection.connected'), description: t('connection.describeConnected') };
      case 'offline':
        return {
          label: mayEdit ? t('connection.offlineEditor') : t('connection.offlineReader'),
          description: t('connection.describeOffline'),
        };
      case 'refused':
        return {
          label: t('connection.refusedWith', { reason: refusalReason(t, state.code) }),
          description: refusalMessage(t, state.code, state.reason),
        };
    }
  })();

  return (
    <span
      className={`connection-pill connection-pill--${state.kind}`}
      data-testid="connection-status"
      data-state={state.kind}
      data-unsent={unsent || undefined}
      title={description}
      role="status"
      aria-live="polite"
    >
      <span className="connection-pill__dot" aria-hidden="true" />
      <span className="connection-pill__label">{label}</span>
      {unsent && state.kind !== 'offline' && <span className="connection-pill__unsent">· {t('connection.unsent')}</span>}
    </span>
  );
}
