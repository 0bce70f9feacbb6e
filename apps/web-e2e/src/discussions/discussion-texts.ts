// What a member reads in the discussions, in each language.
import { uniqueWord as sharedUniqueWord } from '../support/members';
import { type Lang } from '../support/texts';

export const discussionTexts = {
  en: {
    newThreadTitle: 'Start a thread',
    category: 'Category',
    impactCategory: 'Measuring impact',
    title: 'Title',
    body: /^Your message/,
    consent: 'Researchers may quote this message',
    publish: 'Publish the thread',
    reply: /^Your reply/,
    send: 'Send the reply',
    mentionOption: /Camille Laurent/,
    bell: /^Notifications, \d+ unread$/,
    menuBell: /^Notifications\s*\d+ unread$/,
    openMenu: 'Open navigation',
    arrived: (title: string) => `New notification: Marco Reyes mentioned you in “${title}”`,
    notificationsTitle: 'Notifications',
    mentioned: (title: string) => `Marco Reyes mentioned you in “${title}”`,
    searchBox: 'Search the community',
    searchButton: 'Search',
    threadsHeading: /^Threads/,
    postsHeading: /^Messages/,
    exportCsv: 'Export consenting posts (CSV)',
    discussionsTitle: 'Discussions',
  },
  fr: {
    newThreadTitle: 'Lancer un fil',
    category: 'Catégorie',
    impactCategory: 'Mesurer l’impact',
    title: 'Titre',
    body: /^Votre message/,
    consent: 'Les chercheur·ses peuvent citer ce message',
    publish: 'Publier le fil',
    reply: /^Votre réponse/,
    send: 'Envoyer la réponse',
    mentionOption: /Camille Laurent/,
    bell: /^Notifications, \d+ non lues?$/,
    menuBell: /^Notifications\s*\d+ non lues?$/,
    openMenu: 'Ouvrir la navigation',
    arrived: (title: string) =>
      `Nouvelle notification : Marco Reyes vous a mentionné·e dans « ${title} »`,
    notificationsTitle: 'Notifications',
    mentioned: (title: string) => `Marco Reyes vous a mentionné·e dans « ${title} »`,
    searchBox: 'Rechercher dans la communauté',
    searchButton: 'Rechercher',
    threadsHeading: /^Fils/,
    postsHeading: /^Messages/,
    exportCsv: 'Exporter les messages citables (CSV)',
    discussionsTitle: 'Discussions',
  },
} satisfies Record<Lang, unknown>;

export const demo = {
  password: 'tiers-lieux-demo',
  camille: 'camille@demo.wide-open.org',
  marco: 'marco@demo.wide-open.org',
  aisha: 'aisha@demo.wide-open.org',
};

/** A token no other journey uses, that full-text search keeps as one word. */
export const uniqueWord = (): string => sharedUniqueWord('zq');
