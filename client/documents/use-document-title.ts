/** Keeps the browser tab's title in step with the page. */
import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export function useDocumentTitle(title: string | null): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? t('document.tabTitle', { title }) : t('app.name');
  }, [title, t]);
}
