/** EN | FR switch; the choice is remembered on this device. */
import { useI18n } from './I18nProvider';
import { LANGUAGES, type Language } from './messages';

const SHORT: Record<Language, string> = { en: 'EN', fr: 'FR' };

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch" aria-label={t('language.label')} data-testid="language-switch">
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === language}
          title={t(option === 'en' ? 'language.en' : 'language.fr')}
          onClick={() => setLanguage(option)}
        >
          {/* The name starts with what is seen, so "EN" said aloud reaches it; the rest tells which language. */}
          {SHORT[option]}
          <span className="visually-hidden"> ({t(option === 'en' ? 'language.en' : 'language.fr')})</span>
        </button>
      ))}
    </fieldset>
  );
}
