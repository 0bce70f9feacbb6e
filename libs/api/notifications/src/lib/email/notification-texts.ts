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
  [NotificationType.STORY_PUBLISHED]: {
    en: 'New stories in the research journal',
    fr: 'Nouveaux récits du journal de recherche',
  },
};

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
