import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type MessagePayload, type SendMessageRequest } from '@wide-open/shared/contracts';
import { FakeSocket } from '../../testing/fake-socket';
import { marco, renderMessaging, viewer } from '../../testing/render-messaging';
import {
  blockedMemberIdsQuery,
  conversationQuery,
  markConversationReadMutation,
} from '../messaging.documents';
import { resetOutboxStores } from '../outbox/outbox.store';
import { MessagingRuntime } from '../runtime/messaging-runtime';
import { ConversationView } from './conversation.page';

const me = { __typename: 'Member' as const, ...viewer, avatarUrl: null };

function conversationMock() {
  return {
    request: { query: conversationQuery, variables: { id: 'c1', first: 30 } },
    result: {
      data: {
        conversation: {
          __typename: 'Conversation',
          id: 'c1',
          title: null,
          isGroup: false,
          lastMessageAt: '2026-01-01T10:00:00.000Z',
          createdById: viewer.id,
          unreadCount: 0,
          participants: [
            {
              __typename: 'Member',
              id: me.id,
              handle: me.handle,
              displayName: me.displayName,
              avatarUrl: null,
            },
            marco,
          ],
          readMarks: [
            {
              __typename: 'ReadMark',
              member: { __typename: 'Member', id: me.id },
              messageId: null,
            },
            {
              __typename: 'ReadMark',
              member: { __typename: 'Member', id: marco.id },
              messageId: null,
            },
          ],
          lastMessage: null,
          messages: {
            __typename: 'MessageConnection',
            edges: [],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const blockedMock = {
  request: { query: blockedMemberIdsQuery },
  result: { data: { blockedMemberIds: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const markReadMock = {
  request: { query: markConversationReadMutation, variables: () => true },
  result: {
    data: {
      markConversationRead: { __typename: 'Conversation', id: 'c1', unreadCount: 0, readMarks: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function stored(request: SendMessageRequest, id: string): MessagePayload {
  return {
    id,
    conversationId: 'c1',
    body: request.body,
    clientMessageId: request.clientMessageId,
    createdAt: '2026-01-01T10:05:00.000Z',
    editedAt: null,
    deleted: false,
    author: { id: me.id, handle: me.handle, displayName: me.displayName, avatarUrl: null },
  };
}

function renderConversation(socket: FakeSocket) {
  return renderMessaging(
    <>
      <MessagingRuntime memberId={viewer.id} />
      <ConversationView conversationId="c1" viewer={viewer} />
    </>,
    { mocks: [conversationMock(), blockedMock, markReadMock], socket },
  );
}

describe('ConversationView', () => {
  beforeEach(() => {
    localStorage.clear();
    resetOutboxStores();
  });

  it('watches the conversation while it is on screen, so its messages are not also notified', async () => {
    const socket = new FakeSocket();
    const view = renderConversation(socket);
    await screen.findByRole('textbox', { name: 'Message to Marco Rossi' });
    const watches = () =>
      socket.emitted.filter((e) => e.event.startsWith('conversation:')).map((e) => e.event);
    expect(watches()).toEqual(['conversation:watch']);
    expect(socket.emitted.find((e) => e.event === 'conversation:watch')?.payload).toEqual({
      conversationId: 'c1',
    });
    view.unmount();
    expect(watches()).toEqual(['conversation:watch', 'conversation:unwatch']);
  });

  it('shows a refused message as failed, and Retry resends it with the same clientMessageId', async () => {
    const socket = new FakeSocket();
    let attempts = 0;
    socket.answers.set('message:send', (payload) => {
      attempts += 1;
      const request = payload as SendMessageRequest;
      return attempts === 1
        ? { error: { code: 'FORBIDDEN', message: 'You cannot message this member.' } }
        : { message: stored(request, '0190b2a0-0000-7000-8000-000000000001') };
    });
    renderConversation(socket);
    const user = userEvent.setup();

    const composer = await screen.findByRole('textbox', { name: 'Message to Marco Rossi' });
    await user.type(composer, 'Shall we meet at the fab lab?{Enter}');

    const history = screen.getByRole('region', { name: 'Messages' });
    expect(await within(history).findByText(/You cannot message this member/)).toBeInTheDocument();
    expect(within(history).getByText(/Not sent/)).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Retry' }));

    await waitFor(() =>
      expect(within(history).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument(),
    );
    expect(within(history).getAllByText('Shall we meet at the fab lab?')).toHaveLength(1);
    const sends = socket.emitted.filter((e) => e.event === 'message:send');
    expect(sends).toHaveLength(2);
    const [first, second] = sends.map((e) => e.payload as SendMessageRequest);
    expect(second.clientMessageId).toBe(first.clientMessageId);
    expect(first).toMatchObject({ conversationId: 'c1', body: 'Shall we meet at the fab lab?' });
    // Acknowledged: nothing is left to resend after a reload.
    expect(localStorage.getItem(`wide-open:outbox:${viewer.id}`)).toBeNull();
  });

  it('shows "Marco is typing…" while he types and hides it when his message arrives or he stops', async () => {
    const socket = new FakeSocket();
    renderConversation(socket);
    await screen.findByRole('textbox', { name: 'Message to Marco Rossi' });

    act(() => socket.serverEmit('typing', { conversationId: 'c1', memberId: marco.id }));
    expect(await screen.findByText('Marco Rossi is typing…')).toBeInTheDocument();
    // Someone typing elsewhere says nothing here.
    act(() => socket.serverEmit('typing', { conversationId: 'other', memberId: 'm-x' }));

    act(() =>
      socket.serverEmit('message:new', {
        ...stored(
          { conversationId: 'c1', body: 'Here I am', clientMessageId: 'k1' },
          '0190b2a0-0000-7000-8000-000000000002',
        ),
        author: {
          id: marco.id,
          handle: marco.handle,
          displayName: marco.displayName,
          avatarUrl: null,
        },
      }),
    );
    await waitFor(() => expect(screen.queryByText(/is typing/)).not.toBeInTheDocument());
    const history = screen.getByRole('region', { name: 'Messages' });
    expect(await within(history).findByText('Here I am')).toBeInTheDocument();
    // Screen readers hear it in a polite live region.
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.includes('New message from Marco')),
    ).toBe(true);

    act(() => socket.serverEmit('typing', { conversationId: 'c1', memberId: marco.id }));
    expect(await screen.findByText('Marco Rossi is typing…')).toBeInTheDocument();
    // No news for five seconds: he stopped.
    await waitFor(() => expect(screen.queryByText(/is typing/)).not.toBeInTheDocument(), {
      timeout: 7_000,
    });
    // The indicator's real five-second expiry is part of what is tested: the test needs longer
    // than jest's default five seconds.
  }, 20_000);

  it('sends typing signals at most every two seconds', async () => {
    const socket = new FakeSocket();
    renderConversation(socket);
    const user = userEvent.setup();
    const composer = await screen.findByRole('textbox', { name: 'Message to Marco Rossi' });
    await user.type(composer, 'abcdef');
    expect(socket.emitted.filter((e) => e.event === 'typing')).toEqual([
      { event: 'typing', payload: { conversationId: 'c1' } },
    ]);
  });
});
