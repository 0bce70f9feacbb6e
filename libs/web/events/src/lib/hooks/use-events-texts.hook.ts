import { useResourceBundle } from '@wide-open/web/data-access';
import { eventsEn } from '../i18n/events.en';
import { eventsFr } from '../i18n/events.fr';

const bundles = { en: eventsEn, fr: eventsFr };

/** Adds the events texts when an events page first renders (they stay off the first load). */
export function useEventsTexts(): void {
  useResourceBundle('events', bundles);
}
