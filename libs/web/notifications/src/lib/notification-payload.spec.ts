import { createI18n } from '@wide-open/web/data-access';
import { uiEn, uiFr } from '@wide-open/web/ui';
import { notificationsEn, notificationsFr } from './i18n/notifications.resources';
import { describeNotification, notificationHref } from './notification-payload';

const i18n = createI18n(
  {
    en: { ui: uiEn, notifications: notificationsEn },
    fr: { ui: uiFr, notifications: notificationsFr },
  },
  { lng: 'en' },
);

const cases: Array<[string, Record<string, string>, string, string, string]> = [
  [
    'NEW_MESSAGE',
    { conversationId: 'c-1', authorName: 'Marco', excerpt: 'Hi' },
    'Marco sent you a message',
    'Marco vous a écrit',
    '/messages/c-1',
  ],
  [
    'PLACE_NEWS',
    { placeSlug: 'la-friche', placeName: 'La Friche', lessonTitle: 'Rent' },
    'La Friche shared a lesson: “Rent”',
    'La Friche partage un enseignement : « Rent »',
    '/places/la-friche#lessons',
  ],
  [
    'NEW_APPLICATION',
    { applicantName: 'Nadia' },
    'New membership application: Nadia',
    "Nouvelle demande d'adhésion : Nadia",
    '/moderation/applications',
  ],
  [
    'APPLICATION_DECIDED',
    { decision: 'APPROVED' },
    'Your application was approved: welcome!',
    'Votre demande a été acceptée : bienvenue !',
    '/app',
  ],
  [
    'WARNING',
    { reason: 'Be kind' },
    'A warning from the moderation team',
    "Un avertissement de l'équipe de modération",
    '/notifications',
  ],
  [
    'STORY_PUBLISHED',
    { storySlug: 'a-farm-that-incubates', storyTitle: 'A farm that incubates' },
    'New in the research journal: “A farm that incubates”',
    'Nouveau récit du journal de recherche : « A farm that incubates »',
    '/journal/a-farm-that-incubates',
  ],
  [
    'THREAD_REPLY',
    { threadId: 't-1', postId: 'p-1', threadTitle: 'Rent', authorName: 'Ana' },
    'Ana replied in “Rent”',
    'Ana a répondu dans « Rent »',
    '/discussions/t-1#post-p-1',
  ],
  [
    'EVENT_UPDATED',
    { eventId: 'e-1', eventTitle: 'Meetup', change: 'MOVED' },
    '“Meetup” has a new date',
    '« Meetup » change de date',
    '/events/e-1',
  ],
  [
    'EVENT_UPDATED',
    { eventId: 'e-1', eventTitle: 'Meetup', change: 'CANCELLED' },
    'Cancelled: “Meetup”',
    'Annulé : « Meetup »',
    '/events/e-1',
  ],
  [
    'EVENT_MESSAGE',
    { eventId: 'e-2', eventTitle: 'Atelier', authorName: 'Marco', excerpt: 'Door code 4821' },
    'Marco wrote to the attendees of “Atelier”',
    'Marco écrit aux participants de « Atelier »',
    '/events/e-2',
  ],
];

describe('notification texts and links', () => {
  it.each(cases)(
    '%s reads well in both languages and links to its content',
    async (type, payload, en, fr, href) => {
      await i18n.changeLanguage('en');
      expect(describeNotification(type, payload, i18n.t)).toBe(en);
      await i18n.changeLanguage('fr');
      expect(describeNotification(type, payload, i18n.t)).toBe(fr);
      expect(notificationHref(payload, type)).toBe(href);
    },
  );
});
