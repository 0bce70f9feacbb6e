import { useResourceBundle } from '@wide-open/web/data-access';
import { messagingEn } from './messaging.en';
import { messagingFr } from './messaging.fr';

/** Messaging's pages bring their texts with their own chunk. */
export function useMessagingResources(): void {
  useResourceBundle('messaging', { en: messagingEn, fr: messagingFr });
}
