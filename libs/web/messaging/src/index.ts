import { lazy } from 'react';

export * from './lib/i18n/messaging.en';
export * from './lib/i18n/messaging.fr';
export { MessageMemberButton } from './lib/member-button/message-member-button';
export { MessagingShell } from './lib/nav/messaging-shell';
export { useMessagesNavItem, useUnreadMessagesCount } from './lib/nav/use-messages-nav-item.hook';

// Route-level splitting: each page is its own chunk, loaded when first visited.
export const LazyInboxPage = lazy(() =>
  import('./lib/inbox/inbox.page').then((m) => ({ default: m.InboxPage })),
);
export const LazyNewConversationPage = lazy(() =>
  import('./lib/compose/new-conversation.page').then((m) => ({
    default: m.NewConversationPage,
  })),
);
export const LazyConversationPage = lazy(() =>
  import('./lib/conversation/conversation.page').then((m) => ({ default: m.ConversationPage })),
);
