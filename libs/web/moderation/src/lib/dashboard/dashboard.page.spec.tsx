import { screen, within } from '@testing-library/react';
import type * as React from 'react';
import type * as Recharts from 'recharts';
import { MemberRole } from '@wide-open/shared/contracts';
import { meMock, renderModeration, sessionMember } from '../../testing/render-moderation';
import { moderationDashboardQuery } from '../moderation.documents';
import { ModerationDashboardPage } from './dashboard.page';

// jsdom lays nothing out, so a responsive chart measures 0×0 and draws nothing: give it a size.
jest.mock('recharts', () => {
  const actual: typeof Recharts = jest.requireActual('recharts');
  const react: typeof React = jest.requireActual('react');
  return {
    ...actual,
    ResponsiveContainer: ({ children }: { children: React.ReactElement<{ width: number }> }) =>
      react.cloneElement(children, { width: 600, height: 220 } as { width: number }),
  };
});

const weeks = (counts: number[]) =>
  counts.map((count, i) => ({
    __typename: 'WeeklyCount' as const,
    weekStart: `2026-0${1 + Math.floor(i / 4)}-0${1 + (i % 4)}`,
    count,
  }));

const dashboardMock = {
  request: { query: moderationDashboardQuery },
  result: {
    data: {
      moderationDashboard: {
        __typename: 'ModerationDashboard',
        pendingApplications: 3,
        openReports: 1,
        heldPosts: 2,
        oldestApplication: {
          __typename: 'WaitingApplication',
          id: 'a-1',
          displayName: 'Grace Hopper',
          since: '2026-02-01T09:00:00.000Z',
        },
        oldestReport: {
          __typename: 'WaitingReport',
          id: 'r-1',
          targetType: 'POST',
          since: '2026-02-10T09:00:00.000Z',
        },
        membersPerWeek: weeks([0, 1, 0, 2, 0, 0, 0, 4, 0, 0, 1, 2]),
        postsPerWeek: weeks([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 7]),
      },
    },
  },
};

const moderator = meMock(sessionMember({ role: MemberRole.MODERATOR }));

describe('ModerationDashboardPage', () => {
  it('shows what waits with links, highlights the oldest, and draws both charts with their figures', async () => {
    renderModeration(<ModerationDashboardPage />, {
      path: '/moderation',
      mocks: [moderator, dashboardMock],
    });
    expect(await screen.findByText('3 applications to review')).toBeInTheDocument();
    expect(screen.getByText('1 open report')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review the applications' })).toHaveAttribute(
      'href',
      '/moderation/applications',
    );
    expect(screen.getByRole('link', { name: 'Review the reports' })).toHaveAttribute(
      'href',
      '/moderation/reports',
    );
    expect(screen.getByText('2 first posts waiting for review')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review held posts' })).toHaveAttribute(
      'href',
      '/moderation/held-posts',
    );
    // The application (1 February) waited longer than the report (10 February).
    const oldest = screen.getByRole('region', { name: 'Waiting longest' });
    expect(oldest).toHaveTextContent(/The application from Grace Hopper/);
    expect(within(oldest).getByRole('link', { name: 'Open it' })).toHaveAttribute(
      'href',
      '/moderation/applications',
    );

    const members = screen.getByRole('region', { name: 'New members per week' });
    expect(members).toHaveTextContent('10 in 12 weeks; 2 this week.');
    const table = within(members).getByRole('table', { name: 'New members per week' });
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1', '0', '2', '0', '0', '0', '4', '0', '0', '1', '2']);
    // The drawing itself (recharts' SVG) is there, hidden from screen readers.
    const charts = screen.getAllByTestId('weekly-chart');
    expect(charts).toHaveLength(2);
    expect(charts[0]).toHaveAttribute('aria-hidden', 'true');
    expect(charts[0].querySelector('svg')).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Posts per week' })).toHaveTextContent(
      '15 in 12 weeks; 7 this week.',
    );
  });

  it('sends members who are not moderators away', async () => {
    renderModeration(<ModerationDashboardPage />, {
      path: '/moderation',
      mocks: [meMock(sessionMember()), dashboardMock],
    });
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderModeration(<ModerationDashboardPage />, {
      path: '/moderation',
      mocks: [moderator, dashboardMock],
      lng: 'fr',
    });
    expect(await screen.findByText('3 candidatures à examiner')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Messages par semaine' })).toBeInTheDocument();
  });
});
