import { useResourceBundle } from '@wide-open/web/data-access';
import { discussionsEn } from '../i18n/discussions.en';
import { discussionsFr } from '../i18n/discussions.fr';

const bundles = { en: discussionsEn, fr: discussionsFr };

/** Adds the discussions texts when a discussions page first renders (they stay off the first load). */
export function useDiscussionsTexts(): void {
  useResourceBundle('discussions', bundles);
}
