import { type TFunction } from 'i18next';

export interface NotificationDetails {
  threadId: string;
  threadTitle: string;
  postId: string | null;
  authorName: string;
  excerpt: string;
}

function text(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}

/** Event notifications (a seat freed, a reminder) carry the event's id and title. */
function eventField(payload: unknown, key: 'eventId' | 'eventTitle'): string {
  return payload && typeof payload === 'object'
    ? text(payload as Record<string, unknown>, key)
    : '';
}

/** The JSON payload, read field by field: a missing or odd field becomes an empty string. */
export function notificationDetails(payload: unknown): NotificationDetails {
  const record = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  return {
    threadId: text(record, 'threadId'),
    threadTitle: text(record, 'threadTitle'),
    postId: text(record, 'postId') || null,
    authorName: text(record, 'authorName') || text(record, 'authorHandle'),
    excerpt: text(record, 'excerpt'),
  };
}

/** "Marco mentioned you in “Thread”", in the reader's language. */
export function describeNotification(type: string, payload: unknown, t: TFunction): string {
  const details = notificationDetails(payload);
  const values = { name: details.authorName, thread: details.threadTitle };
  switch (type) {
    case 'MENTION':
      return t('notifications:type.MENTION', values);
    case 'THREAD_REPLY':
      return t('notifications:type.THREAD_REPLY', values);
    case 'EVENT_SEAT_FREED':
    case 'EVENT_REMINDER':
      return t(`notifications:type.${type}`, { event: eventField(payload, 'eventTitle') });
    default:
      return t('notifications:type.OTHER', values);
  }
}

/** Where a notification leads: the post inside its thread. */
export function notificationHref(payload: unknown): string {
  const eventId = eventField(payload, 'eventId');
  if (eventId) return `/events/${eventId}`;
  const details = notificationDetails(payload);
  if (!details.threadId) return '/notifications';
  return `/discussions/${details.threadId}${details.postId ? `#post-${details.postId}` : ''}`;
}
