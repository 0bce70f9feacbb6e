import { useResourceBundle } from '@wide-open/web/data-access';
import { privacyEn } from './privacy.en';
import { privacyFr } from './privacy.fr';

/** The data-rights page loads its texts with its own chunk. */
export function usePrivacyResources(): void {
  useResourceBundle('privacy', { en: privacyEn, fr: privacyFr });
}
