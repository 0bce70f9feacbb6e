import { NotificationType } from '../notification-rules';

export type Locale = 'fr' | 'en';
export const localeOf = (locale: string): Locale => (locale === 'fr' ? 'fr' : 'en');

type Payload = Record<string, unknown>;

/** How one notification reads in an email: a line, an excerpt of the content, and its address. */
export interface NotificationText {
  title: string;
  excerpt: string | null;
  path: string;
}

const text = (payload: Payload, key: string): string => {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
};

/** The name of each type, as the preferences page and the emails' footers say it. */
export const TYPE_LABELS: Record<NotificationType, Record<Locale, string>> = {
  [NotificationType.NEW_APPLICATION]: {
    en: 'New membership applications',
    fr: "Nouvelles demandes d'adhésion",
  },
  [NotificationType.APPLICATION_DECIDED]: {
    en: 'The decision on your application',
    fr: 'La décision sur votre demande',
  },
  [NotificationType.MENTION]: { en: 'Mentions', fr: 'Mentions' },
  [NotificationType.THREAD_REPLY]: {
    en: 'Replies in threads you follow',
    fr: 'Réponses dans les fils que vous suivez',
  },
  [NotificationType.NEW_MESSAGE]: { en: 'Private messages', fr: 'Messages privés' },
  [NotificationType.PLACE_NEWS]: {
    en: 'News from places you follow',
    fr: 'Nouvelles des lieux que vous suivez',
  },
  [NotificationType.REPORT_CREATED]: { en: 'New reports', fr: 'Nouveaux signalements' },
  [NotificationType.REPORT_RESOLVED]: {
    en: 'Outcome of your reports',
    fr: 'Suite donnée à vos signalements',
  },
  [NotificationType.CONTENT_HIDDEN]: {
    en: 'Your content hidden by moderators',
    fr: 'Vos contenus masqués par la modération',
  },
  [NotificationType.WARNING]: {
    en: 'Warnings from the moderation team',
    fr: "Avertissements de l'équipe de modération",
  },
  [NotificationType.EVENT_REMINDER]: {
    en: 'Reminders the day before an event',
    fr: 'Rappels la veille d’un événement',
  },
  [NotificationType.EVENT_SEAT_FREED]: {
    en: 'A seat for you on a waiting list',
    fr: 'Une place pour vous sur une liste d’attente',
  },
  [NotificationType.EVENT_UPDATED]: {
    en: 'Changes to events you answered',
    fr: 'Changements des événements auxquels vous avez répondu',
  },
  [NotificationType.EVENT_MESSAGE]: {
    en: 'Messages from event organizers',
    fr: 'Messages des organisateurs d’événements',
  },
  [NotificationType.GUIDE_SUGGESTION_REVIEWED]: {
    en: 'Replies to your suggestions for the guide',
    fr: 'Réponses à vos suggestions pour le guide',
  },
  [NotificationType.STORY_PUBLISHED]: {
    en: 'New stories in the research journal',
    fr: 'Nouveaux récits du journal de recherche',
  },
};

/** "Tuesday 3 June 2026 at 19:00 (Europe/Paris)", where the event happens. */
function eventWhen(payload: Payload, locale: Locale): string {
  const startsAt = new Date(text(payload, 'startsAt'));
  if (Number.isNaN(startsAt.getTime())) return '';
  const timeZone = text(payload, 'timeZone') || 'UTC';
  const when = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(startsAt);
  return `${when} (${timeZone})`;
}

/** The event notifications: what happened, then when and where it is. */
type EventNotificationType =
  | NotificationType.EVENT_REMINDER
  | NotificationType.EVENT_SEAT_FREED
  | NotificationType.EVENT_UPDATED
  | NotificationType.EVENT_MESSAGE;

function eventText(
  kind: EventNotificationType,
  payload: Payload,
  locale: Locale,
): NotificationText {
  const fr = locale === 'fr';
  const event = text(payload, 'eventTitle');
  const when = eventWhen(payload, locale);
  const where = text(payload, 'where');
  const details = [when, where].filter(Boolean).join(' — ');
  const path = `/events/${text(payload, 'eventId')}`;
  switch (kind) {
    case NotificationType.EVENT_REMINDER:
      return {
        title: fr ? `Demain : ${event}` : `Tomorrow: ${event}`,
        excerpt: [
          details,
          fr
            ? 'Vous ne pouvez plus venir ? Libérez votre place pour la personne suivante sur la liste d’attente depuis la page de l’événement.'
            : 'Cannot make it? Free your seat for the next person on the waiting list from the event page.',
        ]
          .filter(Boolean)
          .join('\n'),
        path,
      };
    case NotificationType.EVENT_SEAT_FREED:
      return {
        title: fr
          ? `Une place s’est libérée : vous venez à « ${event} »`
          : `A seat freed up: you are going to “${event}”`,
        excerpt: details || null,
        path,
      };
    case NotificationType.EVENT_UPDATED: {
      const change = text(payload, 'change');
      const title =
        change === 'CANCELLED'
          ? fr
            ? `Annulé : « ${event} »`
            : `Cancelled: “${event}”`
          : change === 'MOVED'
            ? fr
              ? `« ${event} » change de date`
              : `“${event}” has a new date`
            : fr
              ? `« ${event} » a été modifié`
              : `“${event}” was updated`;
      return { title, excerpt: change === 'CANCELLED' ? null : details || null, path };
    }
    case NotificationType.EVENT_MESSAGE: {
      const organizer = text(payload, 'authorName');
      return {
        title: fr
          ? `${organizer} écrit aux participants de « ${event} »`
          : `${organizer} wrote to the attendees of “${event}”`,
        excerpt: text(payload, 'excerpt') || null,
        path,
      };
    }
  }
}

export function typeLabel(type: string, locale: Locale): string {
  return (TYPE_LABELS as Record<string, Record<Locale, string>>)[type]?.[locale] ?? type;
}

/** The line, excerpt and link of a notification, in the member's language. */
export function notificationText(type: string, payload: Payload, locale: Locale): NotificationText {
  const fr = locale === 'fr';
  const name = text(payload, 'authorName') || text(payload, 'authorHandle');
  const excerpt = text(payload, 'excerpt') || null;
  const kind = type as NotificationType;
  switch (kind) {
    case NotificationType.MENTION:
    case NotificationType.THREAD_REPLY: {
      const thread = text(payload, 'threadTitle');
      const postId = text(payload, 'postId');
      const title =
        kind === NotificationType.MENTION
          ? fr
            ? `${name} vous a mentionné·e dans « ${thread} »`
            : `${name} mentioned you in “${thread}”`
          : fr
            ? `${name} a répondu dans « ${thread} »`
            : `${name} replied in “${thread}”`;
      return {
        title,
        excerpt,
        path: `/discussions/${text(payload, 'threadId')}${postId ? `#post-${postId}` : ''}`,
      };
    }
    case NotificationType.NEW_APPLICATION: {
      const applicant = text(payload, 'applicantName');
      return {
        title: fr
          ? `Nouvelle demande d'adhésion : ${applicant}`
          : `New membership application: ${applicant}`,
        excerpt,
        path: '/moderation/applications',
      };
    }
    case NotificationType.APPLICATION_DECIDED: {
      const approved = text(payload, 'decision') === 'APPROVED';
      return {
        title: approved
          ? fr
            ? 'Votre demande a été acceptée : bienvenue !'
            : 'Your application was approved: welcome!'
          : fr
            ? "Votre demande n'a pas été acceptée"
            : 'Your application was not accepted',
        excerpt,
        path: approved ? '/app' : '/application',
      };
    }
    case NotificationType.NEW_MESSAGE:
      return {
        title: fr ? `${name} vous a écrit` : `${name} sent you a message`,
        excerpt,
        path: `/messages/${text(payload, 'conversationId')}`,
      };
    case NotificationType.PLACE_NEWS: {
      const place = text(payload, 'placeName');
      const lesson = text(payload, 'lessonTitle');
      return {
        title: fr
          ? `${place} partage un enseignement : « ${lesson} »`
          : `${place} shared a lesson: “${lesson}”`,
        excerpt,
        path: `/places/${text(payload, 'placeSlug')}#lessons`,
      };
    }
    case NotificationType.REPORT_CREATED:
      return {
        title: fr ? 'Un contenu a été signalé' : 'Something was reported',
        excerpt,
        path: '/moderation/reports',
      };
    case NotificationType.REPORT_RESOLVED:
      return {
        title: fr
          ? "L'équipe de modération a traité votre signalement"
          : 'The moderation team reviewed your report',
        excerpt: null,
        path: '/notifications',
      };
    case NotificationType.CONTENT_HIDDEN:
      return {
        title: fr
          ? "L'équipe de modération a masqué l'un de vos contenus"
          : 'The moderation team hid something you wrote',
        excerpt: text(payload, 'reason') || null,
        path: '/notifications',
      };
    case NotificationType.WARNING:
      return {
        title: fr
          ? "Un avertissement de l'équipe de modération"
          : 'A warning from the moderation team',
        excerpt: text(payload, 'reason') || null,
        path: '/notifications',
      };
    case NotificationType.EVENT_REMINDER:
    case NotificationType.EVENT_SEAT_FREED:
    case NotificationType.EVENT_UPDATED:
    case NotificationType.EVENT_MESSAGE:
      return eventText(kind, payload, locale);
    case NotificationType.GUIDE_SUGGESTION_REVIEWED: {
      const chapter = text(payload, 'chapterTitle');
      const accepted = text(payload, 'decision') === 'ACCEPTED';
      return {
        title: accepted
          ? fr
            ? `Votre suggestion pour « ${chapter} » a été retenue`
            : `Your suggestion for “${chapter}” was accepted`
          : fr
            ? `Votre suggestion pour « ${chapter} » n'a pas été retenue`
            : `Your suggestion for “${chapter}” was declined`,
        excerpt,
        path: `/guide/${text(payload, 'chapterSlug')}`,
      };
    }
    case NotificationType.STORY_PUBLISHED: {
      const story = text(payload, 'storyTitle');
      return {
        title: fr
          ? `Nouveau récit du journal de recherche : « ${story} »`
          : `New in the research journal: “${story}”`,
        excerpt,
        path: `/journal/${text(payload, 'storySlug')}`,
      };
    }
    default:
      return {
        title: fr ? 'Du nouveau sur Wide Open' : 'News on Wide Open',
        excerpt,
        path: '/notifications',
      };
  }
}
