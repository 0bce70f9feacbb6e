import { LANGUAGE_STORAGE_KEY, isLanguage, type Language } from './languages';

/**
 * The stored choice first, then the browser's preferred languages, then English. A dozen lines
 * instead of i18next-browser-languagedetector keep the first load lighter.
 */
export function detectLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? undefined;
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (privacy settings): fall back to the browser's languages.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(language: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language.slice(0, 2));
  } catch {
    // Not remembered when storage is disabled; the choice still applies to this visit.
  }
}
