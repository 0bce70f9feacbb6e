import { useResourceBundle } from '@wide-open/web/data-access';
import { journalEn } from '../i18n/journal.en';
import { journalFr } from '../i18n/journal.fr';

const bundles = { en: journalEn, fr: journalFr };

/** Adds the journal's texts when a journal page first renders (they stay off the first load). */
export function useJournalTexts(): void {
  useResourceBundle('journal', bundles);
}
