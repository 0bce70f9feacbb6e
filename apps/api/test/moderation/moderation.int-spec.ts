import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { count, LOGIN, memberWithRole, PASSWORD } from '../support/members.fixtures';
import { CREATE_POST, startThread } from '../support/discussions.fixtures';
import { connectAs, settle } from '../support/sockets';

const REPORT = `mutation($i: ReportInput!) { reportContent(input: $i) { id status targetType excerpt } }`;
const RESOLVE = `mutation($id: ID!, $a: ReportAction!, $n: String) { resolveReport(id: $id, action: $a, note: $n) { id status resolution } }`;
const REPORTS = `{ reports { edges { node { id reason excerpt targetType earlierReportsAboutAuthor reporter { handle } author { id } } } } }`;

describe('moderation', () => {
  let t: TestApp;
  let author: { id: string; email: string; token: string };
  let reporters: Array<{ id: string; token: string }>;
  let moderator: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000' });
    author = await memberWithRole(t, MemberRole.MEMBER);
    reporters = [
      await memberWithRole(t, MemberRole.MEMBER),
      await memberWithRole(t, MemberRole.MEMBER),
      await memberWithRole(t, MemberRole.MEMBER),
    ];
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
  });
  afterAll(() => t.close());

  async function postBy(who: { token: string }, body: string) {
    const thread = await startThread(t, who.token);
    const res = await t.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { threadId: thread.id, body } },
      who.token,
    );
    return res.data!.createPost.id;
  }

  it('takes a report, tells moderators at once, and shows it in their queue with the content', async () => {
    const postId = await postBy(author, 'Buy cheap watches at example.com');
    const modSocket = await connectAs(t.url, moderator.token);
    const live: unknown[] = [];
    modSocket.on('report:new', (p: unknown) => live.push(p));
    const res = await t.gql<{ reportContent: { id: string; status: string; excerpt: string } }>(
      REPORT,
      { i: { targetType: 'POST', targetId: postId, reason: 'Spam for watches' } },
      reporters[0].token,
    );
    expect(res.data!.reportContent).toMatchObject({
      status: 'OPEN',
      excerpt: 'Buy cheap watches at example.com',
    });
    await eventually(() => expect(live).toHaveLength(1));
    expect(
      await count(t, 'notifications', `member_id = '${moderator.id}' AND type = 'REPORT_CREATED'`),
    ).toBe(1);
    const queue = await t.gql<{
      reports: { edges: Array<{ node: { id: string; author: { id: string } } }> };
    }>(REPORTS, {}, moderator.token);
    expect(
      queue.data!.reports.edges.find((e) => e.node.id === res.data!.reportContent.id)!.node.author
        .id,
    ).toBe(author.id);
    modSocket.close();
  });

  it('refuses reports of unknown or unseen things (NOT_FOUND), of oneself, twice, and moderator operations to members', async () => {
    const before = await count(t, 'reports');
    const unknown = await t.gql(
      REPORT,
      {
        i: {
          targetType: 'POST',
          targetId: '01890000-0000-7000-8000-000000000000',
          reason: 'Nothing here',
        },
      },
      reporters[0].token,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const own = await postBy(reporters[1], 'My own words');
    expect(
      (
        await t.gql(
          REPORT,
          { i: { targetType: 'POST', targetId: own, reason: 'Reporting me' } },
          reporters[1].token,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    // A private message the reporter never saw.
    const sent = await t.gql<{ sendMessage: { id: string } }>(
      `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }`,
      { i: { recipientIds: [moderator.id], body: 'Private', clientMessageId: 'mod-private-1' } },
      author.token,
    );
    const unseen = await t.gql(
      REPORT,
      {
        i: { targetType: 'MESSAGE', targetId: sent.data!.sendMessage.id, reason: 'I never saw it' },
      },
      reporters[2].token,
    );
    expect(unseen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(
      REPORT,
      { i: { targetType: 'POST', targetId: own, reason: 'no' } },
      reporters[0].token,
    );
    expect(bad.errors?.[0].extensions?.fields).toMatchObject({ reason: expect.any(String) });
    expect(await count(t, 'reports')).toBe(before);
    for (const op of [REPORTS, '{ moderationLog { edges { node { id } } } }']) {
      expect((await t.gql(op, {}, reporters[0].token)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    const postId = await postBy(author, 'Once is enough');
    await t.gql(
      REPORT,
      { i: { targetType: 'POST', targetId: postId, reason: 'First report' } },
      reporters[0].token,
    );
    expect(
      (
        await t.gql(
          REPORT,
          { i: { targetType: 'POST', targetId: postId, reason: 'Second report' } },
          reporters[0].token,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
  });

  it('hides content reported by three different members, pending review', async () => {
    const postId = await postBy(author, 'Offensive words here');
    for (const r of reporters)
      await t.gql(
        REPORT,
        { i: { targetType: 'POST', targetId: postId, reason: 'Offensive' } },
        r.token,
      );
    expect(await count(t, 'posts', `id = '${postId}' AND hidden_at IS NOT NULL`)).toBe(1);
    expect(
      await count(t, 'moderation_actions', `action = 'AUTO_HIDE' AND target_id = '${postId}'`),
    ).toBe(1);
  });

  it('hides reported content on decision, settles every report on it, and tells reporter and author', async () => {
    const postId = await postBy(author, 'Misleading claim');
    const r1 = await t.gql<{ reportContent: { id: string } }>(
      REPORT,
      { i: { targetType: 'POST', targetId: postId, reason: 'Misleading' } },
      reporters[0].token,
    );
    await t.gql(
      REPORT,
      { i: { targetType: 'POST', targetId: postId, reason: 'Also misleading' } },
      reporters[1].token,
    );
    const res = await t.gql<{ resolveReport: { status: string; resolution: string } }>(
      RESOLVE,
      { id: r1.data!.reportContent.id, a: 'HIDE_CONTENT', n: 'Please cite your sources.' },
      moderator.token,
    );
    expect(res.data!.resolveReport).toEqual({
      id: r1.data!.reportContent.id,
      status: 'RESOLVED',
      resolution: 'HIDE_CONTENT',
    });
    expect(await count(t, 'posts', `id = '${postId}' AND hidden_at IS NOT NULL`)).toBe(1);
    expect(await count(t, 'reports', `target_id = '${postId}' AND status = 'OPEN'`)).toBe(0);
    expect(
      await count(t, 'notifications', `member_id = '${author.id}' AND type = 'CONTENT_HIDDEN'`),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await count(
        t,
        'notifications',
        `member_id = '${reporters[0].id}' AND type = 'REPORT_RESOLVED'`,
      ),
    ).toBeGreaterThanOrEqual(1);
    const again = await t.gql(
      RESOLVE,
      { id: r1.data!.reportContent.id, a: 'DISMISS' },
      moderator.token,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const log = await t.gql<{
      moderationLog: {
        edges: Array<{ node: { action: string; actor: { id: string }; reason: string } }>;
      };
    }>(
      '{ moderationLog(first: 5) { edges { node { action reason actor { id } } } } }',
      {},
      moderator.token,
    );
    expect(log.data!.moderationLog.edges[0].node).toEqual({
      action: 'RESOLVE_REPORT_HIDE_CONTENT',
      reason: 'Please cite your sources.',
      actor: { id: moderator.id },
    });
  });

  it('suspends a member: sessions and sockets end at once, sign-in refused with the reason', async () => {
    const victim = await memberWithRole(t, MemberRole.MEMBER);
    const socket = await connectAs(t.url, victim.token);
    const revoked: unknown[] = [];
    socket.on('session:revoked', (p: unknown) => revoked.push(p));
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const res = await t.gql<{ suspendMember: { status: string } }>(
      `mutation($m: ID!, $u: DateTime) { suspendMember(memberId: $m, reason: "Harassment in messages", until: $u) { status } }`,
      { m: victim.id, u: until },
      moderator.token,
    );
    expect(res.data!.suspendMember.status).toBe('SUSPENDED');
    await eventually(() => expect(revoked).toEqual([{ reason: 'suspended' }]));
    await settle(100);
    expect(socket.connected).toBe(false);
    expect((await t.gql<{ me: unknown }>('{ me { id } }', {}, victim.token)).data!.me).toBeNull();
    const login = await t.gql(LOGIN, { email: victim.email, password: PASSWORD });
    expect(login.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      status: 'SUSPENDED',
      reason: 'Harassment in messages',
      until,
    });
    expect(
      await count(
        t,
        'moderation_actions',
        `action = 'SUSPEND_MEMBER' AND target_id = '${victim.id}'`,
      ),
    ).toBe(1);
  });

  it('lets a suspension run out: the next sign-in works and the member is active again', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    await t.dataSource.query(
      `UPDATE members SET status = 'SUSPENDED', suspension_reason = 'cool down', suspended_until = now() - interval '1 minute' WHERE id = $1`,
      [member.id],
    );
    const login = await t.gql<{ login: { member: { status: string } } }>(LOGIN, {
      email: member.email,
      password: PASSWORD,
    });
    expect(login.data!.login.member.status).toBe('ACTIVE');
  });

  it('keeps moderators from suspending moderators, themselves, or anyone in the past', async () => {
    const other = await memberWithRole(t, MemberRole.MODERATOR);
    const suspend = `mutation($m: ID!, $u: DateTime) { suspendMember(memberId: $m, reason: "Testing the rules", until: $u) { id } }`;
    expect(
      (await t.gql(suspend, { m: other.id }, moderator.token)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(suspend, { m: moderator.id }, moderator.token)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const past = await t.gql(suspend, { m: author.id, u: '2020-01-01T00:00:00Z' }, moderator.token);
    expect(past.errors?.[0].extensions?.fields).toMatchObject({ until: 'must be in the future' });
    expect(
      await count(t, 'members', `id = '${author.id}' AND status = '${MemberStatus.ACTIVE}'`),
    ).toBe(1);
  });
});
