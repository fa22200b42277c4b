/** Shown for an address the app does not know. */
import { useI18n } from '../i18n/I18nProvider';
import { AppHeader } from './AppHeader';
import { AppLink } from './AppLink';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <AppHeader />
      <main className="page-body page-body--narrow" id="main">
        <h1 className="page-title">{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <AppLink to="/">{t('document.back')}</AppLink>
        </p>
      </main>
    </>
  );
}
