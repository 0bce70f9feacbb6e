import { useResourceBundle } from '@wide-open/web/data-access';
import { guideEn } from './i18n/guide.en';
import { guideFr } from './i18n/guide.fr';

const bundles = { en: guideEn, fr: guideFr };

/** Adds the guide's texts when a guide page first renders (they stay off the first load). */
export function useGuideTexts(): void {
  useResourceBundle('guide', bundles);
}
