import { type MockLink } from '@apollo/client/testing';
import { CommunityRole, MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { meQuery, type SessionMemberFragment } from '@wide-open/web/data-access';

/** The first render of a page (Mantine, lazy chunks) is slow when the machine is busy. */
export const firstPaint = { timeout: 8000 };

/** A signed-in member as `me` returns it: Ana, an active practitioner; override what a spec needs. */
export function sessionMember(
  overrides: Partial<SessionMemberFragment> = {},
): SessionMemberFragment & { __typename: 'Member' } {
  return {
    __typename: 'Member',
    id: 'm-1',
    handle: 'ana',
    displayName: 'Ana Lima',
    email: 'ana@example.org',
    status: MemberStatus.ACTIVE,
    role: MemberRole.MEMBER,
    communityRole: CommunityRole.PRACTITIONER,
    sector: null,
    motivation: null,
    decisionMessage: null,
    decidedAt: null,
    locale: 'en',
    createdAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

/** `me` answered with `who` (null: signed out), as many times as the page asks. */
export function meMock(who: SessionMemberFragment | null): MockLink.MockedResponse {
  return {
    request: { query: meQuery },
    result: { data: { me: who } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
