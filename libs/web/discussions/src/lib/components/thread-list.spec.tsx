import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeSocket, renderDiscussions } from '../../testing/render-discussions';
import { threadsQuery } from '../discussions.documents';
import { ThreadList } from './thread-list';

const thread = (id: string, title: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Thread' as const,
  id,
  title,
  pinned: false,
  locked: false,
  hidden: false,
  awaitingReview: false,
  challenge: null,
  tags: [],
  postsCount: 3,
  lastPostAt: '2026-03-02T10:00:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
  unreadCount: 0,
  category: { __typename: 'Category' as const, id: 'c1', name: 'Measuring impact' },
  author: { __typename: 'Member' as const, id: 'm1', handle: 'marco', displayName: 'Marco Reyes' },
  ...overrides,
});

const page = (threads: ReturnType<typeof thread>[]) => ({
  data: {
    threads: {
      __typename: 'ThreadConnection',
      edges: threads.map((node) => ({ __typename: 'ThreadEdge', cursor: node.id, node })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: false,
        endCursor: threads.at(-1)?.id ?? null,
      },
    },
  },
});

const request = { query: threadsQuery, variables: { first: 20, filter: null } };

describe('ThreadList', () => {
  it('collects new threads behind a banner and shows them when asked', async () => {
    const socket = new FakeSocket();
    renderDiscussions(<ThreadList categoryId={null} challenge={null} />, {
      socket,
      mocks: [
        {
          request,
          result: page([
            thread('t1', 'Pricing a coworking desk', { pinned: true, unreadCount: 2 }),
          ]),
        },
        {
          request,
          result: page([
            thread('t1', 'Pricing a coworking desk', { pinned: true, unreadCount: 2 }),
            thread('t2', 'Mesurer l’impact social'),
            thread('t3', 'Who funds temporary occupations?'),
          ]),
        },
      ],
    });
    expect(
      await screen.findByRole('link', { name: 'Pricing a coworking desk' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Pinned')).toBeInTheDocument();
    expect(screen.getByText('2 unread posts')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new thread/ })).toBeNull();

    act(() => {
      socket.deliver('thread:new', { threadId: 't2', categoryId: 'c1' });
      socket.deliver('thread:new', { threadId: 't3', categoryId: 'c2' });
    });
    const banner = screen.getByRole('button', { name: '2 new threads: show them' });
    // The list does not move until the reader asks.
    expect(screen.queryByRole('link', { name: 'Mesurer l’impact social' })).toBeNull();

    await userEvent.setup().click(banner);
    expect(
      await screen.findByRole('link', { name: 'Mesurer l’impact social' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Who funds temporary occupations?' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new threads?:/ })).toBeNull();
  });

  it('counts only the new threads of the category being read', async () => {
    const socket = new FakeSocket();
    renderDiscussions(<ThreadList categoryId="c1" challenge={null} />, {
      socket,
      mocks: [
        {
          request: {
            query: threadsQuery,
            variables: { first: 20, filter: { categoryId: 'c1', challenge: null } },
          },
          result: page([thread('t1', 'Pricing a coworking desk')]),
        },
      ],
    });
    await screen.findByRole('link', { name: 'Pricing a coworking desk' });
    act(() => {
      socket.deliver('thread:new', { threadId: 't2', categoryId: 'c2' });
      socket.deliver('thread:new', { threadId: 't3', categoryId: 'c1' });
    });
    expect(screen.getByRole('button', { name: '1 new thread: show it' })).toBeInTheDocument();
  });
});
