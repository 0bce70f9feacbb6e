import { NotificationDelivery, NotificationType } from '@wide-open/shared/contracts';

export { NotificationDelivery, NotificationType };

/**
 * What each type does when a member chose nothing. Urgent or personal news goes by email;
 * chatter that piles up goes in digests.
 */
export const DEFAULT_DELIVERY: Record<NotificationType, NotificationDelivery> = {
  [NotificationType.NEW_APPLICATION]: NotificationDelivery.EMAIL,
  [NotificationType.APPLICATION_DECIDED]: NotificationDelivery.EMAIL,
  [NotificationType.MENTION]: NotificationDelivery.EMAIL,
  [NotificationType.THREAD_REPLY]: NotificationDelivery.DAILY,
  [NotificationType.NEW_MESSAGE]: NotificationDelivery.EMAIL,
  [NotificationType.PLACE_NEWS]: NotificationDelivery.WEEKLY,
  [NotificationType.REPORT_CREATED]: NotificationDelivery.IN_APP,
  [NotificationType.REPORT_RESOLVED]: NotificationDelivery.IN_APP,
  [NotificationType.CONTENT_HIDDEN]: NotificationDelivery.EMAIL,
  [NotificationType.WARNING]: NotificationDelivery.EMAIL,
  [NotificationType.EVENT_REMINDER]: NotificationDelivery.EMAIL,
  [NotificationType.EVENT_SEAT_FREED]: NotificationDelivery.EMAIL,
  [NotificationType.EVENT_UPDATED]: NotificationDelivery.EMAIL,
  [NotificationType.EVENT_MESSAGE]: NotificationDelivery.EMAIL,
  [NotificationType.GUIDE_SUGGESTION_REVIEWED]: NotificationDelivery.IN_APP,
  // Members chose to follow the journal, and stories are a few a month: an email each.
  [NotificationType.STORY_PUBLISHED]: NotificationDelivery.EMAIL,
};

/**
 * The decision on an application is emailed by the accounts domain whatever happens (it is the
 * only news a rejected applicant can receive, and it comes before anyone could choose): it is
 * shown in the centre, never emailed a second time, and cannot be changed.
 */
export const FIXED_TYPES: ReadonlySet<NotificationType> = new Set([
  NotificationType.APPLICATION_DECIDED,
]);

export const NOTIFICATION_TYPES = Object.values(NotificationType);

export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as string[]).includes(value);
}

export type DigestPeriod = NotificationDelivery.DAILY | NotificationDelivery.WEEKLY;

export function isDigest(delivery: NotificationDelivery): delivery is DigestPeriod {
  return delivery === NotificationDelivery.DAILY || delivery === NotificationDelivery.WEEKLY;
}

/** The delivery that applies: the member's choice, else the type's default (types unknown here: in-app). */
export function effectiveDelivery(
  type: string,
  chosen: NotificationDelivery | null | undefined,
): NotificationDelivery {
  if (!isNotificationType(type)) return NotificationDelivery.IN_APP;
  if (FIXED_TYPES.has(type)) return NotificationDelivery.IN_APP;
  return chosen ?? DEFAULT_DELIVERY[type];
}
