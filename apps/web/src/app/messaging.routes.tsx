import { RequireMember } from '@wide-open/web/accounts';
import {
  LazyConversationPage,
  LazyInboxPage,
  LazyNewConversationPage,
} from '@wide-open/web/messaging';
import { type RouteObject } from 'react-router';

// Messaging is for ACTIVE members (the API refuses everyone else).
export const messagingRoutes: RouteObject[] = [
  {
    path: 'messages',
    element: <RequireMember>{(member) => <LazyInboxPage member={member} />}</RequireMember>,
  },
  {
    path: 'messages/new',
    element: (
      <RequireMember>{(member) => <LazyNewConversationPage member={member} />}</RequireMember>
    ),
  },
  {
    path: 'messages/:conversationId',
    element: <RequireMember>{(member) => <LazyConversationPage member={member} />}</RequireMember>,
  },
];
