import { useResourceBundle } from '@wide-open/web/data-access';
import { moderationEn } from './moderation.en';
import { moderationFr } from './moderation.fr';
import { reportingEn } from './reporting.en';
import { reportingFr } from './reporting.fr';

const moderationBundles = { en: moderationEn, fr: moderationFr };
const reportingBundles = { en: reportingEn, fr: reportingFr };

/** The moderators' pages' texts, added when one of them first renders. */
export function useModerationTexts(): void {
  useResourceBundle('moderation', moderationBundles);
}

/** The report dialog's texts: small, loaded with whichever page offers "Report". */
export function useReportingTexts(): void {
  useResourceBundle('reporting', reportingBundles);
}
