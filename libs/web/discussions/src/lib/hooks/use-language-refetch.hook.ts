import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Category names come from the API in the request's language: when the reader switches
 * language, the page asks again (the Accept-Language header follows the new language).
 */
export function useLanguageRefetch(refetch: () => Promise<unknown>): void {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    void refetch().catch(() => undefined);
  }, [language, refetch]);
}
