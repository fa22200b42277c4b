/** The sign-in screen: paste a sign-in link or token; it is checked against the server before it is kept. */
import { useState, type FormEvent } from 'react';
import { createApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { errorMessage } from '../api/error-message';
import { getMe } from '../api/participants-api';
import { navigate } from '../app/router';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Logo } from '../ui/Logo';
import { Button } from '../ui/Button';
import { useAuth } from './AuthProvider';
import { parseSignIn } from './parse-sign-in';

export function SignInScreen() {
  const { t } = useI18n();
  const { reason, signIn } = useAuth();
  const [input, setInput] = useState('');
  // Kept as a function of `t` so that the message follows a language switch.
  const [error, setError] = useState<((translate: Translate) => string) | null>(() =>
    reason === 'unauthorized' ? (translate: Translate) => translate('signin.reason.unauthorized') : null,
  );
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseSignIn(input);
    if (parsed.kind === 'empty') return setError(() => (translate: Translate) => translate('signin.empty'));
    if (parsed.kind === 'malformed') return setError(() => (translate: Translate) => translate('signin.malformed'));
    setChecking(true);
    setError(null);
    try {
      await getMe(createApiClient({ token: parsed.token }));
      if (parsed.path && parsed.path !== location.pathname) navigate(parsed.path, { replace: true });
      signIn(parsed.token);
    } catch (failure) {
      const rejected = failure instanceof ApiError && failure.status === 401;
      setError(() => (translate: Translate) => (rejected ? translate('signin.rejected') : errorMessage(translate, failure)));
      setChecking(false);
    }
  }

  return (
    <main className="signin" id="main">
      <div className="signin__card">
        <div className="signin__top">
          <Logo />
          <LanguageSwitch />
        </div>
        <h1 className="signin__title">{t('signin.title')}</h1>
        <p className="signin__intro">{t('signin.intro')}</p>
        {reason === 'signed-out' && !error && (
          <p className="notice notice--info" role="status" data-testid="signin-notice">
            {t('signin.reason.signedOut')}
          </p>
        )}
        <form className="signin__form" onSubmit={(event) => void submit(event)} noValidate>
          <label className="field">
            <span className="field__label">{t('signin.label')}</span>
            <textarea
              className="input input--mono"
              rows={3}
              value={input}
              placeholder={t('signin.placeholder')}
              // biome-ignore lint/a11y/noAutofocus: the page's one field, and the only thing anyone opens it to do.
              autoFocus
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setInput(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                }
              }}
              aria-invalid={error !== null}
              aria-describedby={error ? 'signin-error' : undefined}
            />
          </label>
          {error && (
            <p className="notice notice--error" role="alert" id="signin-error" data-testid="signin-error">
              {error(t)}
            </p>
          )}
          <Button type="submit" variant="primary" busy={checking} className="signin__submit">
            {checking ? t('signin.checking') : t('signin.submit')}
          </Button>
        </form>
        <p className="signin__privacy">{t('signin.privacy')}</p>
      </div>
    </main>
  );
}
