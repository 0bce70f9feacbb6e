import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type SessionMemberFragment } from '@wide-open/web/data-access';
import { activeMember, meMock, renderDiscussions } from '../../testing/render-discussions';
import {
  createPostMutation,
  markThreadReadMutation,
  threadPostsQuery,
  threadQuery,
} from '../discussions.documents';
import { ThreadDiscussion } from './thread-discussion';

const threadId = '0190a8c4-0000-7000-8000-0000000000a1';

const thread = {
  __typename: 'Thread',
  id: threadId,
  title: 'Renting halls on closing days',
  pinned: false,
  locked: false,
  hidden: false,
  awaitingReview: false,
  challenge: null,
  tags: [],
  postsCount: 1,
  lastPostAt: '2026-03-12T10:00:00.000Z',
  createdAt: '2026-03-12T10:00:00.000Z',
  unreadCount: 1,
  viewerFollows: false,
  viewerMuted: false,
  category: { __typename: 'Category', id: 'c-1', name: 'Research' },
  author: { __typename: 'Member', id: 'm-2', handle: 'marco', displayName: 'Marco Reyes' },
  place: null,
  story: { __typename: 'Story', id: 's-1', slug: 'renting-halls', title: 'Renting halls' },
};

function post(id: string, body: string, author: { id: string; displayName: string }) {
  return {
    __typename: 'Post',
    id,
    threadId,
    body,
    deleted: false,
    hidden: false,
    awaitingReview: false,
    editedAt: null,
    createdAt: '2026-03-12T10:00:00.000Z',
    researchConsent: false,
    author: { __typename: 'Member', handle: 'h', ...author },
    replyTo: null,
    reactions: [],
    revisions: [],
  };
}

const opening = post('p-1', 'Discussion of the story.', { id: 'm-2', displayName: 'Marco Reyes' });
const reply = post('p-2', 'Which utilities does the rent cover?', {
  id: 'm-1',
  displayName: 'Ana Lima',
});

function page(posts: ReturnType<typeof post>[]) {
  return {
    thread: {
      __typename: 'Thread',
      id: threadId,
      posts: {
        __typename: 'PostConnection',
        edges: posts.map((node) => ({ __typename: 'PostEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: posts.at(-1)?.id },
      },
    },
  };
}

function mocks(me: SessionMemberFragment | null) {
  return [
    meMock(me),
    { request: { query: threadQuery, variables: { id: threadId } }, result: { data: { thread } } },
    {
      request: {
        query: markThreadReadMutation,
        variables: { id: threadId },
      },
      result: {
        data: {
          markThreadRead: {
            __typename: 'Thread',
            id: threadId,
            viewerFollows: true,
            viewerMuted: false,
            unreadCount: 0,
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

jest.setTimeout(60_000);

describe('ThreadDiscussion (a thread inside another page)', () => {
  it('asks visitors to sign in to read and reply', async () => {
    renderDiscussions(<ThreadDiscussion threadId={threadId} />, { mocks: mocks(null) });
    expect(
      await screen.findByText('Messages are for members. Sign in to read and reply.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Your reply/ })).toBeNull();
  });

  it('offers the reply box once the messages are there, and shows the reply sent', async () => {
    renderDiscussions(<ThreadDiscussion threadId={threadId} />, {
      mocks: [
        ...mocks(activeMember()),
        {
          request: { query: threadPostsQuery, variables: { id: threadId, first: 25 } },
          result: { data: page([opening]) },
          // Slow: a reply box shown before the messages could send a reply they would miss.
          delay: 300,
        },
        {
          request: {
            query: createPostMutation,
            variables: {
              input: { threadId, body: reply.body, replyToId: null, researchConsent: false },
            },
          },
          result: { data: { createPost: reply } },
        },
        {
          request: {
            query: threadPostsQuery,
            variables: { id: threadId, first: 25, after: opening.id },
          },
          result: { data: page([reply]) },
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Follow' }, { timeout: 8000 })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /^Your reply/ })).toBeNull();
    const messages = screen.getByRole('list', { hidden: true });
    await waitFor(() => expect(messages).toHaveTextContent(opening.body), { timeout: 8000 });
    const box = screen.getByRole('textbox', { name: /^Your reply/ });
    fireEvent.change(box, { target: { value: reply.body } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send the reply' }));
    await waitFor(() => expect(messages).toHaveTextContent(reply.body), { timeout: 8000 });
    expect(box).toHaveValue('');
    expect(
      screen.getByRole('link', { name: 'Open this thread in the discussions' }),
    ).toHaveAttribute('href', `/discussions/${threadId}`);
  });
});
