/** The top bar of the pages outside a document: the mark, then language and account on the right. */
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Logo } from '../ui/Logo';
import { AppLink } from './AppLink';
import { UserMenu } from './UserMenu';
import { useI18n } from '../i18n/I18nProvider';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppLink to="/" className="app-header__home" title={t('document.back')}>
        <Logo />
        <span className="visually-hidden">{t('document.back')}</span>
      </AppLink>
      <div className="app-header__middle">{children}</div>
      <div className="app-header__end">
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}
