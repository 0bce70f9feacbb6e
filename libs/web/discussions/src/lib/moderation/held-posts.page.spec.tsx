import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import { activeMember, meMock, renderDiscussions } from '../../testing/render-discussions';
import {
  approveHeldPostMutation,
  heldPostsQuery,
  rejectHeldPostMutation,
} from './held-posts.documents';
import { HeldPostsPage } from './held-posts.page';

const held = (id: string, name: string, body: string, newThread: boolean) => ({
  __typename: 'Post' as const,
  id,
  body,
  createdAt: '2026-03-02T09:00:00.000Z',
  author: {
    __typename: 'Member' as const,
    id: `a-${id}`,
    handle: name.toLowerCase(),
    displayName: name,
  },
  thread: {
    __typename: 'Thread' as const,
    id: `t-${id}`,
    title: 'Sharing a hall',
    awaitingReview: newThread,
  },
});

const queue = (posts: Array<ReturnType<typeof held>>) => ({
  request: { query: heldPostsQuery, variables: {} },
  result: {
    data: {
      heldPosts: {
        __typename: 'HeldPostConnection' as const,
        edges: posts.map((node) => ({ __typename: 'HeldPostEdge' as const, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      },
    },
  },
});

const reviewed = (id: string, hidden: boolean) => ({
  __typename: 'Post' as const,
  id,
  hidden,
  awaitingReview: false,
});

describe('HeldPostsPage', () => {
  const moderator = activeMember({ role: MemberRole.MODERATOR });
  const ana = held('p1', 'Ana', 'We share our hall with a bakery.', true);
  const bo = held('p2', 'Bo', 'Buy followers at example.com', false);

  it('publishes one post and refuses another with a reason, announcing each', async () => {
    renderDiscussions(<HeldPostsPage />, {
      mocks: [
        meMock(moderator),
        queue([ana, bo]),
        {
          request: { query: approveHeldPostMutation, variables: { id: 'p1' } },
          result: { data: { approveHeldPost: reviewed('p1', false) } },
        },
        queue([bo]),
        {
          request: {
            query: rejectHeldPostMutation,
            variables: { id: 'p2', reason: 'No advertising, please.' },
          },
          result: { data: { rejectHeldPost: reviewed('p2', true) } },
        },
        queue([]),
      ],
    });
    const first = await screen.findByRole('article', { name: 'New thread: Sharing a hall' });
    expect(within(first).getByText('We share our hall with a bakery.')).toBeVisible();
    await userEvent.click(within(first).getByRole('button', { name: 'Publish the post by Ana' }));
    expect(await screen.findByText('The post by Ana is published.')).toBeInTheDocument();

    const second = await screen.findByRole('article', { name: 'Reply in “Sharing a hall”' });
    await userEvent.click(within(second).getByRole('button', { name: 'Refuse the post by Bo' }));
    await userEvent.type(
      within(second).getByRole('textbox', { name: 'Reason (optional)' }),
      'No advertising, please.',
    );
    await userEvent.click(within(second).getByRole('button', { name: 'Refuse the post' }));
    expect(await screen.findByText('The post by Bo was refused.')).toBeInTheDocument();
    expect(await screen.findByText('No post is waiting. Thank you!')).toBeVisible();
  });

  it('tells a member the page is for moderators, without asking the API', async () => {
    renderDiscussions(<HeldPostsPage />, { lng: 'fr', mocks: [meMock(activeMember())] });
    expect(await screen.findByText('Cette page est réservée aux modérateur·rices.')).toBeVisible();
  });
});
