import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { ME, apply, count, memberWithRole } from '../support/members.fixtures';

const QUEUE = /* GraphQL */ `
  query Queue($first: Int, $after: String) {
    membershipApplications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          displayName
          email
          motivation
          status
          communityRole
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    pendingApplicationsCount
  }
`;
const APPROVE = `mutation($id: ID!, $message: String) { approveMember(memberId: $id, message: $message) { id status decisionMessage } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectMember(memberId: $id, reason: $reason) { id status decisionMessage } }`;
const SET_ROLE = `mutation($id: ID!, $role: MemberRole!) { setMemberRole(memberId: $id, role: $role) { id role } }`;

type Queue = {
  membershipApplications: {
    edges: Array<{ cursor: string; node: { id: string; email: string; motivation: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  pendingApplicationsCount: number;
};

describe('the moderators’ queue and decisions', () => {
  let t: TestApp;
  let moderator: { id: string; token: string };
  let member: { id: string; token: string };
  let admin: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
    member = await memberWithRole(t, MemberRole.MEMBER);
    admin = await memberWithRole(t, MemberRole.ADMIN);
  });
  afterAll(() => t.close());

  it('lists pending applications oldest first, with email and motivation, page by page', async () => {
    const applied = [];
    for (let i = 0; i < 3; i++)
      applied.push(await apply(t, { motivation: `Application number ${i} for the queue test.` }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { data?: Queue | null } = await t.gql<Queue>(
        QUEUE,
        { first: 2, after },
        moderator.token,
      );
      const page = res.data!.membershipApplications;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBeGreaterThanOrEqual(2);
    const ids = applied.map((a) => a.member.id);
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
    const first = await t.gql<Queue>(QUEUE, { first: 100 }, moderator.token);
    const node = first.data!.membershipApplications.edges.find((e) => e.node.id === ids[0])!.node;
    expect(node.email).toBe(applied[0].email);
    expect(node.motivation).toBe('Application number 0 for the queue test.');
    expect(first.data!.pendingApplicationsCount).toBe(
      await count(t, 'members', `status = 'PENDING'`),
    );
  });

  it('refuses the queue to members, applicants and anonymous visitors', async () => {
    const applicant = await apply(t);
    expect((await t.gql(QUEUE, {}, member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(QUEUE, {}, applicant.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(QUEUE, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses page sizes over 100 and forged cursors', async () => {
    const big = await t.gql(QUEUE, { first: 101 }, moderator.token);
    expect(big.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.stringMatching(/100/) },
    });
    const forged = await t.gql(QUEUE, { after: 'bm9wZQ' }, moderator.token);
    expect(forged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
  });

  it('approves with a welcome message: ACTIVE, logged, emailed, visible to the member', async () => {
    const applicant = await apply(t, { locale: 'en' });
    const res = await t.gql<{ approveMember: { status: string; decisionMessage: string } }>(
      APPROVE,
      { id: applicant.member.id, message: 'Welcome! Introduce your place in the forum.' },
      moderator.token,
    );
    expect(res.data!.approveMember).toMatchObject({
      status: 'ACTIVE',
      decisionMessage: 'Welcome! Introduce your place in the forum.',
    });
    const me = await t.gql<{ me: { status: string; decisionMessage: string } }>(
      ME,
      {},
      applicant.token,
    );
    expect(me.data!.me).toMatchObject({
      status: 'ACTIVE',
      decisionMessage: 'Welcome! Introduce your place in the forum.',
    });
    expect(
      await count(
        t,
        'moderation_actions',
        `action = 'APPROVE_MEMBER' AND target_id = '${applicant.member.id}' AND actor_id = '${moderator.id}'`,
      ),
    ).toBe(1);
    await eventually(() => {
      const mail = t
        .outbox()
        .find((m) => m.to === applicant.email && m.subject === 'Welcome to Wide Open');
      expect(mail?.text).toContain('Introduce your place in the forum.');
    });
    // The new member can now use member-only operations.
    const queueAttempt = await t.gql(QUEUE, {}, applicant.token);
    expect(queueAttempt.errors?.[0].message).toMatch(/MODERATOR/);
  });

  it('rejects with a reason: REJECTED, sessions ended, emailed', async () => {
    const applicant = await apply(t, { locale: 'fr' });
    const res = await t.gql<{ rejectMember: { status: string } }>(
      REJECT,
      { id: applicant.member.id, reason: 'Merci de préciser votre projet.' },
      moderator.token,
    );
    expect(res.data!.rejectMember.status).toBe('REJECTED');
    expect((await t.gql<{ me: unknown }>(ME, {}, applicant.token)).data!.me).toBeNull();
    await eventually(() => {
      const mail = t
        .outbox()
        .find((m) => m.to === applicant.email && m.subject.includes("Votre demande d'adhésion"));
      expect(mail?.text).toContain('Merci de préciser votre projet.');
    });
  });

  it('refuses decisions from non-moderators, bad input, unknown ids and second decisions, changing nothing', async () => {
    const applicant = await apply(t);
    const id = applicant.member.id;
    const unchanged = async () => {
      expect(await count(t, 'members', `id = '${id}' AND status = 'PENDING'`)).toBe(1);
      expect(await count(t, 'moderation_actions', `target_id = '${id}'`)).toBe(0);
    };
    expect((await t.gql(APPROVE, { id }, member.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(APPROVE, { id }, applicant.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await t.gql(REJECT, { id, reason: 'no' }, moderator.token)).errors?.[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: expect.stringMatching(/between 5 and 2000/) },
    });
    expect(
      (await t.gql(APPROVE, { id, message: 'x'.repeat(2001) }, moderator.token)).errors?.[0]
        .extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { message: expect.stringMatching(/2000/) },
    });
    expect(
      (await t.gql(APPROVE, { id: 'not-an-id' }, moderator.token)).errors?.[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { memberId: 'is not a member id' },
    });
    expect(
      (await t.gql(APPROVE, { id: '01890000-0000-7000-8000-000000000000' }, moderator.token))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    await unchanged();

    await t.gql(APPROVE, { id }, moderator.token);
    const second = await t.gql(REJECT, { id, reason: 'Changed my mind' }, moderator.token);
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count(t, 'members', `id = '${id}' AND status = 'ACTIVE'`)).toBe(1);
  });

  it('lets admins, and only admins, grant roles to active members', async () => {
    const target = await memberWithRole(t, MemberRole.MEMBER);
    expect(
      (await t.gql(SET_ROLE, { id: target.id, role: 'MODERATOR' }, moderator.token)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await count(t, 'members', `id = '${target.id}' AND role = 'MEMBER'`)).toBe(1);

    const res = await t.gql<{ setMemberRole: { role: string } }>(
      SET_ROLE,
      { id: target.id, role: 'MODERATOR' },
      admin.token,
    );
    expect(res.data!.setMemberRole.role).toBe('MODERATOR');
    expect(
      await count(t, 'moderation_actions', `action = 'SET_ROLE' AND target_id = '${target.id}'`),
    ).toBe(1);
    // The promoted member's existing session carries the new role at once.
    expect((await t.gql<Queue>(QUEUE, {}, target.token)).errors).toBeUndefined();

    const own = await t.gql(SET_ROLE, { id: admin.id, role: 'MEMBER' }, admin.token);
    expect(own.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { memberId: expect.stringMatching(/own role/) },
    });
    const pending = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    expect(
      (await t.gql(SET_ROLE, { id: pending.id, role: 'MODERATOR' }, admin.token)).errors?.[0]
        .extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await t.gql(SET_ROLE, { id: target.id, role: 'EMPEROR' }, admin.token)).errors?.[0]
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('keeps the moderation log append-only, even for direct SQL', async () => {
    await expect(
      t.dataSource.query(`UPDATE moderation_actions SET reason = 'rewritten'`),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM moderation_actions`)).rejects.toThrow(
      /append-only/,
    );
  });
});
