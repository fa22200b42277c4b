/** Which language to show: the one chosen on this device, else the browser's, else English. */
import { LANGUAGES, type Language } from './messages';

const STORAGE_KEY = 'concord.language';

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy modes); the browser language still applies.
  }
  const preferred = (navigator.languages ?? [navigator.language]).map((tag) => tag.slice(0, 2).toLowerCase());
  return preferred.find(isLanguage) ?? 'en';
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across reloads, but the switch still works for this visit.
  }
}

/** A full locale for Intl: the browser's own regional variant when it speaks the chosen language (en-GB, fr-CH, …). */
export function localeFor(language: Language): string {
  const regional = (navigator.languages ?? [navigator.language]).find((tag) => tag.toLowerCase().startsWith(`${language}-`));
  return regional ?? language;
}
