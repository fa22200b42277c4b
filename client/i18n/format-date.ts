/** Dates and times in the viewer's locale and time zone. */
import { useI18n } from './I18nProvider';

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function useFormatDateTime(): (iso: string) => string {
  const { locale } = useI18n();
  return (iso) => formatDateTime(iso, locale);
}
