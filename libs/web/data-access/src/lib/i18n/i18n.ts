import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, rememberLanguage } from './detect-language';
import { isLanguage, LANGUAGES, type Language } from './languages';

export * from './languages';

/** The current language, reduced to one we support (`fr-CA` → `fr`). */
export function currentLanguage(i18n: I18n): Language {
  const base = (i18n.resolvedLanguage ?? i18n.language ?? 'en').slice(0, 2);
  return isLanguage(base) ? base : 'en';
}

export interface I18nOptions {
  /** Force a language (component specs); otherwise the stored choice, then the browser's. */
  lng?: Language;
}

/**
 * One i18next instance per app (or spec); features bring their own namespaces. Every change of
 * language is remembered, and `<html lang>` follows so screen readers pronounce the page right.
 */
export function createI18n(resources: Resource, options: I18nOptions = {}): I18n {
  const instance = createInstance();
  instance.use(initReactI18next);
  const lng = options.lng ?? detectLanguage();
  const syncHtmlLang = (language: string) => {
    document.documentElement.lang = language.slice(0, 2);
  };
  void instance.init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    load: 'languageOnly',
    defaultNS: 'common',
    ns: Object.keys(resources['en'] ?? {}),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  syncHtmlLang(lng);
  // Registered after init (synchronous here), so only a reader's own choice is remembered:
  // until then the browser's language is followed.
  instance.on('languageChanged', (language) => {
    syncHtmlLang(language);
    if (!options.lng) rememberLanguage(language);
  });
  return instance;
}
