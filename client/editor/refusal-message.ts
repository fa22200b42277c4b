/** Why the server refused the collaboration socket, in words, from its close code. */
import { REFUSED_UPDATE_CLOSE_CODE } from '../../shared/collab/limits.js';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { LOCKED_TEXT_REFUSAL } from '../../shared/document/kinds.js';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

interface RefusalKeys {
  full: MessageKey;
  short: MessageKey;
}

const KEYS: Record<number, RefusalKeys> = {
  [CLOSE_CODES.badMessage]: { full: 'connection.refused.4400', short: 'connection.refusedShort.4400' },
  [CLOSE_CODES.unauthorized]: { full: 'connection.refused.4401', short: 'connection.refusedShort.4401' },
  [CLOSE_CODES.forbidden]: { full: 'connection.refused.4403', short: 'connection.refusedShort.4403' },
  [CLOSE_CODES.notFound]: { full: 'connection.refused.4404', short: 'connection.refusedShort.4404' },
  [CLOSE_CODES.revoked]: { full: 'connection.refused.4410', short: 'connection.refusedShort.4410' },
  [REFUSED_UPDATE_CLOSE_CODE]: { full: 'connection.refused.4413', short: 'connection.refusedShort.4413' },
  [CLOSE_CODES.tooMany]: { full: 'connection.refused.4429', short: 'connection.refusedShort.4429' },
};

/** A change refused because it touched a paragraph locked (agreed) meanwhile, e.g. one made offline. */
export function isLockRefusal(code: number, reason: string): boolean {
  return code === CLOSE_CODES.badMessage && reason.includes(LOCKED_TEXT_REFUSAL);
}

/** A sentence for the notice under the header; a refused update names the limit it broke, in the server's words. */
export function refusalMessage(t: Translate, code: number, reason = ''): string {
  if (isLockRefusal(code, reason)) return t('lock.refusedConnection');
  if (code === REFUSED_UPDATE_CLOSE_CODE && reason.trim() !== '') return t('connection.refused.4413WithReason', { reason: reason.trim() });
  const keys = KEYS[code];
  return keys ? t(keys.full) : t('connection.refused.other', { code });
}

/** A few words for the status pill. */
export function refusalReason(t: Translate, code: number): string {
  const keys = KEYS[code];
  return keys ? t(keys.short) : t('connection.refusedShort.other', { code });
}
