// What people read on the messaging pages, in each language (selected by visible names).
import { type Lang } from '../support/texts';

export const messagingTexts = {
  en: {
    navMessages: 'Messages',
    inboxTitle: 'Messages',
    history: 'Messages',
    newMessage: 'New message',
    composeTitle: 'New message',
    to: 'To',
    firstMessage: 'Message',
    send: 'Send',
    messageTo: (name: string) => `Message to ${name}`,
    unread: '1 unread message',
    seen: 'Seen',
    typing: (name: string) => `${name} is typing…`,
    sending: 'sending…',
    offline: /You are offline/,
  },
  fr: {
    navMessages: 'Messages',
    inboxTitle: 'Messages',
    history: 'Messages',
    newMessage: 'Nouveau message',
    composeTitle: 'Nouveau message',
    to: 'À',
    firstMessage: 'Message',
    send: 'Envoyer',
    messageTo: (name: string) => `Message à ${name}`,
    unread: '1 message non lu',
    seen: 'Vu',
    typing: (name: string) => `${name} est en train d’écrire…`,
    sending: 'envoi…',
    offline: /Vous êtes hors ligne/,
  },
} satisfies Record<Lang, unknown>;
