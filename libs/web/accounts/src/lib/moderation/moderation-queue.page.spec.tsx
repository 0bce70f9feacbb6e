import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CommunityRole, MemberStatus } from '@wide-open/shared/contracts';
import {
  approveMemberMutation,
  membershipApplicationsQuery,
  pendingApplicationsCountQuery,
  rejectMemberMutation,
} from '../accounts.documents';
import { member, meMock, renderPage } from '../../testing/render-page';
import { ModerationQueuePage } from './moderation-queue.page';

const applicant = (id: string, displayName: string, motivation: string) => ({
  __typename: 'Member' as const,
  id,
  handle: displayName.toLowerCase().replace(/\s+/g, '-'),
  displayName,
  email: `${id}@example.org`,
  communityRole: CommunityRole.RESEARCHER,
  sector: null,
  motivation,
  createdAt: '2026-03-02T09:00:00.000Z',
});

const queue = {
  request: { query: membershipApplicationsQuery, variables: { first: 10 } },
  result: {
    data: {
      membershipApplications: {
        __typename: 'MemberConnection',
        edges: [
          {
            __typename: 'MemberEdge',
            cursor: 'c1',
            node: applicant('a1', 'Ana Lima', 'I study citizen labs in Lisbon.'),
          },
          {
            __typename: 'MemberEdge',
            cursor: 'c2',
            node: applicant('a2', 'Bo Chen', 'I run a fab lab in Taipei.'),
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
      },
    },
  },
};

const count = (n: number) => ({
  request: { query: pendingApplicationsCountQuery },
  result: { data: { pendingApplicationsCount: n } },
});

const decided = (id: string, status: MemberStatus, message: string) => ({
  __typename: 'Member' as const,
  id,
  status,
  decisionMessage: message,
  decidedAt: '2026-03-03T09:00:00.000Z',
});

describe('ModerationQueuePage', () => {
  it('approves with a welcome message: the card leaves and the decision is announced', async () => {
    const approve = jest.fn(() => ({
      data: { approveMember: decided('a1', MemberStatus.ACTIVE, 'Welcome, Ana!') },
    }));
    renderPage(<ModerationQueuePage />, {
      path: '/moderation/applications',
      mocks: [
        meMock(member()),
        queue,
        count(1),
        {
          request: {
            query: approveMemberMutation,
            variables: { memberId: 'a1', message: 'Welcome, Ana!' },
          },
          result: approve,
        },
      ],
    });
    const card = await screen.findByRole('article', { name: /ana lima/i });
    expect(within(card).getByText('I study citizen labs in Lisbon.')).toBeInTheDocument();
    expect(within(card).getByText('a1@example.org')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Approve Ana Lima' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve Ana Lima' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /welcome message/i }),
      'Welcome, Ana!',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Approve and welcome' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: /ana lima/i })).toBeNull());
    expect(approve).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Ana Lima was approved.');
    expect(screen.getByRole('article', { name: /bo chen/i })).toBeInTheDocument();
  });

  it('requires a reason of at least 5 characters to reject', async () => {
    const reject = jest.fn(() => ({
      data: { rejectMember: decided('a2', MemberStatus.REJECTED, 'Not a third place yet.') },
    }));
    renderPage(<ModerationQueuePage />, {
      path: '/moderation/applications',
      mocks: [
        meMock(member()),
        queue,
        count(1),
        {
          request: {
            query: rejectMemberMutation,
            variables: { memberId: 'a2', reason: 'Not a third place yet.' },
          },
          result: reject,
        },
      ],
    });
    const card = await screen.findByRole('article', { name: /bo chen/i });
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Reject Bo Chen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject Bo Chen' });
    const reason = within(dialog).getByRole('textbox', { name: /reason/i });

    await user.type(reason, 'No');
    await user.click(within(dialog).getByRole('button', { name: 'Reject the application' }));
    expect(reason).toHaveAccessibleDescription(/at least 5 characters/i);
    expect(reject).not.toHaveBeenCalled();

    await user.clear(reason);
    await user.type(reason, 'Not a third place yet.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject the application' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: /bo chen/i })).toBeNull());
    expect(reject).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Bo Chen was rejected.');
  });

  it('sends applicants whose account is not active to their application page', async () => {
    renderPage(<ModerationQueuePage />, {
      path: '/moderation/applications',
      mocks: [meMock(member({ status: MemberStatus.PENDING }))],
    });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/application'));
  });
});
