import { type TFunction } from 'i18next';

export interface NotificationDetails {
  threadId: string;
  threadTitle: string;
  postId: string | null;
  authorName: string;
  /** The content excerpt shown under the line (a post, a message, a lesson, a reason). */
  excerpt: string;
}

function text(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}

function asRecord(payload: unknown): Record<string, unknown> {
  return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
}

/** Event notifications (a seat freed, a reminder) carry the event's id and title. */
function eventField(payload: unknown, key: 'eventId' | 'eventTitle'): string {
  return payload && typeof payload === 'object'
    ? text(payload as Record<string, unknown>, key)
    : '';
}

/** The JSON payload, read field by field: a missing or odd field becomes an empty string. */
export function notificationDetails(payload: unknown): NotificationDetails {
  const record = asRecord(payload);
  return {
    threadId: text(record, 'threadId'),
    threadTitle: text(record, 'threadTitle'),
    postId: text(record, 'postId') || null,
    authorName: text(record, 'authorName') || text(record, 'authorHandle'),
    excerpt: text(record, 'excerpt') || text(record, 'reason'),
  };
}

/** "Marco mentioned you in “Thread”", in the reader's language, for every type. */
export function describeNotification(type: string, payload: unknown, t: TFunction): string {
  const record = asRecord(payload);
  const details = notificationDetails(payload);
  const values = {
    name: details.authorName,
    thread: details.threadTitle,
    applicant: text(record, 'applicantName'),
    place: text(record, 'placeName'),
    lesson: text(record, 'lessonTitle'),
    story: text(record, 'storyTitle'),
  };
  switch (type) {
    case 'MENTION':
    case 'THREAD_REPLY':
    case 'NEW_APPLICATION':
    case 'NEW_MESSAGE':
    case 'PLACE_NEWS':
    case 'REPORT_CREATED':
    case 'REPORT_RESOLVED':
    case 'CONTENT_HIDDEN':
    case 'WARNING':
    case 'STORY_PUBLISHED':
      return t(`notifications:type.${type}`, values);
    case 'APPLICATION_DECIDED':
      return text(record, 'decision') === 'APPROVED'
        ? t('notifications:type.APPLICATION_DECIDED_APPROVED')
        : t('notifications:type.APPLICATION_DECIDED_REJECTED');
    case 'GUIDE_SUGGESTION_REVIEWED':
      return text(record, 'decision') === 'ACCEPTED'
        ? t('notifications:type.GUIDE_SUGGESTION_REVIEWED_ACCEPTED', {
            chapter: text(record, 'chapterTitle'),
          })
        : t('notifications:type.GUIDE_SUGGESTION_REVIEWED_DECLINED', {
            chapter: text(record, 'chapterTitle'),
          });
    case 'EVENT_SEAT_FREED':
    case 'EVENT_REMINDER':
    case 'EVENT_MESSAGE':
      return t(`notifications:type.${type}`, {
        event: eventField(payload, 'eventTitle'),
        name: details.authorName,
      });
    case 'EVENT_UPDATED': {
      const change = text(record, 'change');
      const key = change === 'CANCELLED' || change === 'MOVED' ? change : 'CHANGED';
      return t(`notifications:type.EVENT_UPDATED_${key}`, {
        event: eventField(payload, 'eventTitle'),
      });
    }
    default:
      return t('notifications:type.OTHER', values);
  }
}

/** Where a notification leads: the post in its thread, the conversation, the place, the queue. */
export function notificationHref(payload: unknown, type = ''): string {
  const eventId = eventField(payload, 'eventId');
  if (eventId) return `/events/${eventId}`;
  const record = asRecord(payload);
  const details = notificationDetails(payload);
  switch (type) {
    case 'NEW_APPLICATION':
      return '/moderation/applications';
    case 'APPLICATION_DECIDED':
      return text(record, 'decision') === 'APPROVED' ? '/app' : '/application';
    case 'NEW_MESSAGE':
      return text(record, 'conversationId')
        ? `/messages/${text(record, 'conversationId')}`
        : '/messages';
    case 'PLACE_NEWS':
      return text(record, 'placeSlug') ? `/places/${text(record, 'placeSlug')}#lessons` : '/places';
    case 'REPORT_CREATED':
      return '/moderation/reports';
    case 'GUIDE_SUGGESTION_REVIEWED':
      return text(record, 'chapterSlug') ? `/guide/${text(record, 'chapterSlug')}` : '/guide';
    case 'STORY_PUBLISHED':
      return text(record, 'storySlug') ? `/journal/${text(record, 'storySlug')}` : '/journal';
    default:
      break;
  }
  if (!details.threadId) return '/notifications';
  return `/discussions/${details.threadId}${details.postId ? `#post-${details.postId}` : ''}`;
}
