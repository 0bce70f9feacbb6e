import { screen, within } from '@testing-library/react';
import { MemberRole } from '@wide-open/shared/contracts';
import { meMock, renderModeration, sessionMember } from '../../testing/render-moderation';
import { moderationLogQuery } from '../moderation.documents';
import { ModerationLogPage } from './moderation-log.page';

const entry = (id: string, action: string, reason: string | null, targetPath: string | null) => ({
  __typename: 'ModerationAction' as const,
  id,
  action,
  targetType: 'MEMBER',
  targetId: 'm-9',
  targetPath,
  reason,
  createdAt: '2026-03-02T09:00:00.000Z',
  actor: {
    __typename: 'Member' as const,
    id: 'c',
    displayName: 'Camille Laurent',
    handle: 'camille',
  },
});

const log = {
  request: { query: moderationLogQuery, variables: { first: 30 } },
  result: {
    data: {
      moderationLog: {
        __typename: 'ModerationActionConnection',
        edges: [
          entry('a2', 'SUSPEND_MEMBER', 'Repeated adverts', '/members/bo'),
          entry('a1', 'SOMETHING_NEW', null, null),
        ].map((node) => ({ __typename: 'ModerationActionEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'a1' },
      },
    },
  },
};

describe('ModerationLogPage', () => {
  it('says who did what, on what, why and when, newest first', async () => {
    renderModeration(<ModerationLogPage />, {
      path: '/moderation/log',
      mocks: [meMock(sessionMember({ role: MemberRole.MODERATOR })), log],
    });
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('WhoCamille Laurent (@camille)');
    expect(items[0]).toHaveTextContent('WhatSuspended a member');
    expect(items[0]).toHaveTextContent('WhyRepeated adverts');
    expect(within(items[0]).getByRole('link', { name: 'Member' })).toHaveAttribute(
      'href',
      '/members/bo',
    );
    expect(within(items[0]).getByText(/2026/).closest('time')).toHaveAttribute(
      'dateTime',
      '2026-03-02T09:00:00.000Z',
    );
    // An action this page does not know yet is shown as the API names it.
    expect(items[1]).toHaveTextContent('WhatSOMETHING_NEW');
    expect(items[1]).toHaveTextContent('WhyNo reason given');
  });
});
