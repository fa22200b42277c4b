/** Turns an API failure into a toast: a title for the kind of refusal, the server's own message below it. */
import { ApiError } from '../api/api-error';
import { errorMessage } from '../api/error-message';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { Toast } from './toasts/ToastProvider';

export function failureTitleKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'amendments.error.failed';
  if (error.code === 'amendment_period_closed') return 'amendments.error.closed';
  if (error.status === 409) return 'amendments.error.conflict';
  if (error.status === 429) return 'amendments.error.rateLimited';
  if (error.status === 403) return 'amendments.error.forbidden';
  return 'amendments.error.failed';
}

export function failureToast(t: Translate, error: unknown): Omit<Toast, 'id'> {
  return { tone: 'error', title: t(failureTitleKey(error)), message: errorMessage(t, error) };
}
