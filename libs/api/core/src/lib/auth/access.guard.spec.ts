import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { checkPolicy } from './access.guard';
import type { Viewer } from './viewer';

const viewer = (status: MemberStatus, role = MemberRole.MEMBER): Viewer => ({
  memberId: 'm',
  sessionId: 's',
  status,
  role,
});

describe('checkPolicy', () => {
  it('fails closed when an operation declares no policy', () => {
    expect(() => checkPolicy(undefined, viewer(MemberStatus.ACTIVE, MemberRole.ADMIN))).toThrow(
      /no access policy/,
    );
  });

  it('lets anyone through a public operation', () => {
    expect(checkPolicy({ kind: 'public' }, undefined)).toBe(true);
  });

  it('asks anonymous callers to sign in, and lets PENDING applicants reach signed-in operations', () => {
    expect(() => checkPolicy({ kind: 'signed-in' }, undefined)).toThrow('You need to sign in.');
    expect(checkPolicy({ kind: 'signed-in' }, viewer(MemberStatus.PENDING))).toBe(true);
  });

  it('keeps member operations for ACTIVE members with the required role', () => {
    const members = { kind: 'active', minimumRole: MemberRole.MEMBER } as const;
    const moderators = { kind: 'active', minimumRole: MemberRole.MODERATOR } as const;
    expect(() => checkPolicy(members, viewer(MemberStatus.PENDING))).toThrow(/not active yet/);
    expect(checkPolicy(members, viewer(MemberStatus.ACTIVE))).toBe(true);
    expect(() =>
      checkPolicy(moderators, viewer(MemberStatus.ACTIVE, MemberRole.AMBASSADOR)),
    ).toThrow(/MODERATOR role/);
    expect(checkPolicy(moderators, viewer(MemberStatus.ACTIVE, MemberRole.ADMIN))).toBe(true);
  });
});
