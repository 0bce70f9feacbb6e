import { act, screen, within } from '@testing-library/react';
import { AppLayout } from '@wide-open/web/ui';
import { FakeSocket } from '../../testing/fake-socket';
import { marco, renderMessaging, viewer } from '../../testing/render-messaging';
import { ConversationList } from '../inbox/conversation-list';
import { conversationsQuery, unreadMessagesCountQuery } from '../messaging.documents';
import { useMessagesNavItem } from './use-messages-nav-item.hook';

function Shell() {
  const item = useMessagesNavItem();
  return (
    <AppLayout nav={item ? [item] : []} account={null}>
      <ConversationList viewerId={viewer.id} />
    </AppLayout>
  );
}

const count = (n: number) => ({
  request: { query: unreadMessagesCountQuery },
  result: { data: { unreadMessagesCount: n } },
});

const inbox = {
  request: { query: conversationsQuery, variables: { first: 20 } },
  result: {
    data: {
      conversations: {
        __typename: 'ConversationConnection',
        edges: [
          {
            __typename: 'ConversationEdge',
            cursor: 'c1',
            node: {
              __typename: 'Conversation',
              id: 'c1',
              title: null,
              isGroup: false,
              lastMessageAt: '2026-01-01T10:00:00.000Z',
              createdById: marco.id,
              unreadCount: 2,
              participants: [
                {
                  __typename: 'Member',
                  id: viewer.id,
                  handle: 'grace',
                  displayName: 'Grace Lee',
                  avatarUrl: null,
                },
                marco,
              ],
              readMarks: [],
              lastMessage: {
                __typename: 'Message',
                id: '0190b2a0-0000-7000-8000-000000000002',
                conversationId: 'c1',
                body: 'See you at nine',
                clientMessageId: 'k2',
                createdAt: '2026-01-01T10:00:00.000Z',
                editedAt: null,
                deleted: false,
                author: marco,
              },
            },
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      },
    },
  },
};

describe('unread badges', () => {
  it('shows the total in the navigation, kept live by new messages, and per conversation', async () => {
    const socket = new FakeSocket();
    renderMessaging(<Shell />, { mocks: [count(2), count(3), inbox], socket });

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const link = await within(nav).findByRole('link', { name: /Messages/ });
    expect(await within(link).findByText('2 unread messages')).toBeInTheDocument();

    const item = await screen.findByRole('link', { name: /Marco Rossi/ });
    expect(item).toHaveTextContent('See you at nine');
    expect(within(item).getByText('2 unread messages')).toBeInTheDocument();

    act(() =>
      socket.serverEmit('message:new', {
        id: '0190b2a0-0000-7000-8000-000000000003',
        conversationId: 'c1',
        body: 'One more thing',
        clientMessageId: 'k3',
        createdAt: '2026-01-01T10:01:00.000Z',
        editedAt: null,
        deleted: false,
        author: {
          id: marco.id,
          handle: marco.handle,
          displayName: marco.displayName,
          avatarUrl: null,
        },
      }),
    );
    expect(await within(link).findByText('3 unread messages')).toBeInTheDocument();
  });
});
