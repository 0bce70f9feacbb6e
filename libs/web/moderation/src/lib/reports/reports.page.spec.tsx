import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import {
  FakeSocket,
  meMock,
  renderModeration,
  sessionMember,
} from '../../testing/render-moderation';
import { openReportsQuery, resolveReportMutation } from '../moderation.documents';
import { ReportsPage } from './reports.page';

const person = (id: string, displayName: string) => ({
  __typename: 'Member' as const,
  id,
  displayName,
  handle: id,
});

const report = (id: string, excerpt: string, earlier: number) => ({
  __typename: 'Report' as const,
  id,
  targetType: 'POST' as const,
  targetId: `post-${id}`,
  reason: `Spam, says the reporter of ${id}`,
  excerpt,
  createdAt: '2026-03-02T09:00:00.000Z',
  contentPath: `/discussions/t-1#post-post-${id}`,
  earlierReportsAboutAuthor: earlier,
  reporter: person('ana', 'Ana Lima'),
  author: person('bo', 'Bo Chen'),
});

const page = (reports: ReturnType<typeof report>[], first = 20) => ({
  request: { query: openReportsQuery, variables: { first } },
  result: {
    data: {
      reports: {
        __typename: 'ReportConnection',
        edges: reports.map((node) => ({ __typename: 'ReportEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
      },
    },
  },
});

const moderator = meMock(sessionMember({ role: MemberRole.MODERATOR }));
const first = report('r1', 'Buy cheap watches', 2);
const second = report('r2', 'Another advert', 0);

describe('ReportsPage', () => {
  it('shows each report in context, and a new one arrives live', async () => {
    const socket = new FakeSocket();
    renderModeration(<ReportsPage />, {
      path: '/moderation/reports',
      socket,
      mocks: [moderator, page([first]), page([first, second], 20)],
    });
    const card = await screen.findByRole('article', { name: 'Post by Bo Chen' });
    expect(within(card).getByText('Buy cheap watches')).toBeInTheDocument();
    expect(within(card).getByText(/Reported by Ana Lima/)).toBeInTheDocument();
    expect(within(card).getByText('2 earlier reports about this author.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Open the post in context' })).toHaveAttribute(
      'href',
      '/discussions/t-1#post-post-r1',
    );
    socket.deliver('report:new', { reportId: 'r2' });
    expect(await screen.findByText('Another advert')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new report arrived; the list is up to date.',
    );
    expect(screen.getByText('First report about this author.')).toBeInTheDocument();
  });

  it('suspends the author for a week with a note, and says so', async () => {
    const user = userEvent.setup();
    const resolved = jest.fn(() => ({
      data: {
        resolveReport: {
          __typename: 'Report',
          id: 'r1',
          status: 'RESOLVED',
          resolution: 'SUSPEND_MEMBER',
        },
      },
    }));
    const before = Date.now();
    renderModeration(<ReportsPage />, {
      path: '/moderation/reports',
      mocks: [
        moderator,
        page([first]),
        {
          request: {
            query: resolveReportMutation,
            variables: (v: Record<string, unknown>) =>
              v['id'] === 'r1' &&
              v['action'] === 'SUSPEND_MEMBER' &&
              v['note'] === 'Repeated adverts' &&
              typeof v['until'] === 'string' &&
              Math.abs(Date.parse(v['until']) - before - 7 * 86_400_000) < 60_000,
          },
          result: resolved,
        },
        page([]),
      ],
    });
    const card = await screen.findByRole('article', { name: 'Post by Bo Chen' });
    await user.click(within(card).getByRole('button', { name: 'Suspend the author' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Bo Chen' });
    // The author will read the note: it is required.
    await user.click(within(dialog).getByRole('button', { name: 'Suspend the author' }));
    expect(within(dialog).getByRole('textbox', { name: /Note/ })).toHaveAccessibleDescription(
      /Please write a note/,
    );
    expect(within(dialog).getByRole('radio', { name: '7 days' })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Repeated adverts');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend the author' }));
    await waitFor(() => expect(resolved).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText('Bo Chen is suspended; their sessions ended.', {
        selector: '[role=status]',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No open report. Thank you for keeping the community safe!'),
    ).toBeInTheDocument();
  });
});
