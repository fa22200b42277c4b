/** The Concord mark and name. */
import { useI18n } from '../i18n/I18nProvider';

export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#173f6f" />
      <path d="M9 8.5h10.5L23 12v11.5H9z" fill="#fff" />
      <path d="M12 14h8M12 17.5h8M12 21h5" stroke="#173f6f" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="23" cy="23" r="5" fill="#3fa46a" stroke="#173f6f" strokeWidth="1.5" />
      <path d="M20.8 23.1l1.5 1.5 2.9-3" stroke="#fff" strokeWidth="1.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function Logo() {
  const { t } = useI18n();
  return (
    <span className="logo">
      <LogoMark />
      <span className="logo__name">{t('app.name')}</span>
    </span>
  );
}
