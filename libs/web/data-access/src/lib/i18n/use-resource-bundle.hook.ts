import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';

/**
 * Adds a feature's texts when its first page renders, so lazily loaded pages bring their own
 * strings instead of weighing on the first load. Idempotent: a bundle is added once per
 * instance. Called during render on purpose: the texts must exist before the page's children
 * ask for them (i18next resolves keys when `t` is called, so nothing needs to re-render).
 */
export function useResourceBundle(ns: string, bundles: Record<Language, object>): void {
  const { i18n } = useTranslation();
  for (const lng of LANGUAGES) {
    if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, bundles[lng], true, true);
  }
}
