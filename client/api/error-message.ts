/** What to tell the user about a failure: the server's own message, or a translated explanation. */
import type { Translate } from '../i18n/I18nProvider';
import { ApiError, INVALID_RESPONSE } from './api-error';

export function errorMessage(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetworkFailure) return t('error.network');
    if (error.code === INVALID_RESPONSE) return t('error.invalidResponse');
    return error.message;
  }
  return t('error.unexpected');
}
