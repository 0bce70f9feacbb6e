import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { apply, memberWithRole } from '../support/members.fixtures';
import { CREATE_POST, startThread } from '../support/discussions.fixtures';

const DASHBOARD = /* GraphQL */ `
  {
    moderationDashboard {
      pendingApplications
      openReports
      heldPosts
      oldestApplication {
        id
        displayName
        since
      }
      oldestReport {
        id
        targetType
        since
      }
      membersPerWeek {
        weekStart
        count
      }
      postsPerWeek {
        weekStart
        count
      }
    }
  }
`;
const REPORT = `mutation($i: ReportInput!) { reportContent(input: $i) { id createdAt } }`;

interface Weekly {
  weekStart: string;
  count: number;
}
interface Dashboard {
  pendingApplications: number;
  openReports: number;
  heldPosts: number;
  oldestApplication: { id: string; displayName: string; since: string } | null;
  oldestReport: { id: string; targetType: string; since: string } | null;
  membersPerWeek: Weekly[];
  postsPerWeek: Weekly[];
}

/** The Monday (UTC) of the ISO week `weeksAgo` weeks before this one, as YYYY-MM-DD. */
function mondayUtc(weeksAgo: number): string {
  const d = new Date();
  const day = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
  return new Date(monday - weeksAgo * 7 * 86_400_000).toISOString().slice(0, 10);
}

const last = (weeks: Weekly[]) => weeks[weeks.length - 1].count;

describe('moderation dashboard', () => {
  let t: TestApp;
  let moderator: { id: string; token: string };
  let member: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000' });
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
    member = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  async function dashboard(): Promise<Dashboard> {
    const res = await t.gql<{ moderationDashboard: Dashboard }>(DASHBOARD, {}, moderator.token);
    expect(res.errors).toBeUndefined();
    return res.data!.moderationDashboard;
  }

  it('covers the last 12 ISO weeks, Monday to Monday, oldest first, zero-filled', async () => {
    const d = await dashboard();
    const expected = Array.from({ length: 12 }, (_, i) => mondayUtc(11 - i));
    expect(d.membersPerWeek.map((w) => w.weekStart)).toEqual(expected);
    expect(d.postsPerWeek.map((w) => w.weekStart)).toEqual(expected);
    // A fresh database: nothing before this week.
    expect(d.postsPerWeek.slice(0, 11).every((w) => w.count === 0)).toBe(true);
    expect(d.membersPerWeek.slice(0, 11).every((w) => w.count === 0)).toBe(true);
  });

  it('counts what waits and what was written, right after it happens', async () => {
    const before = await dashboard();
    expect(before.pendingApplications).toBe(0);
    expect(before.oldestApplication).toBeNull();

    const first = await apply(t, { displayName: 'First Applicant' });
    await apply(t, { displayName: 'Second Applicant' });
    await memberWithRole(t, MemberRole.MEMBER);
    // Neither pending nor let in: not counted as joined.
    await memberWithRole(t, MemberRole.MEMBER, MemberStatus.REJECTED);
    const thread = await startThread(t, member.token);
    const post = await t.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'Our rent is paid by the café.' } },
      member.token,
    );
    const postId = post.data!.createPost.id;
    const report = await t.gql<{ reportContent: { id: string; createdAt: string } }>(
      REPORT,
      { i: { targetType: 'POST', targetId: postId, reason: 'Advertising a café' } },
      moderator.token,
    );

    const after = await dashboard();
    expect(after.pendingApplications).toBe(2);
    expect(after.oldestApplication).toMatchObject({
      id: first.member.id,
      displayName: 'First Applicant',
    });
    expect(after.openReports).toBe(before.openReports + 1);
    expect(after.oldestReport).toEqual({
      id: report.data!.reportContent.id,
      targetType: 'POST',
      since: report.data!.reportContent.createdAt,
    });
    // One more ACTIVE member this week (the applicants are pending, the rejected one never joined).
    expect(last(after.membersPerWeek)).toBe(last(before.membersPerWeek) + 1);
    // The thread's opening post and the reply.
    expect(last(after.postsPerWeek)).toBe(last(before.postsPerWeek) + 2);
    // A first post held for review (HOLD_FIRST_POSTS) waits for moderators too.
    expect(after.heldPosts).toBe(before.heldPosts);
    await t.dataSource.query('UPDATE posts SET held_at = now() WHERE id = $1', [postId]);
    expect((await dashboard()).heldPosts).toBe(before.heldPosts + 1);

    // Deciding the report empties the queue.
    await t.gql(
      `mutation($id: ID!) { resolveReport(id: $id, action: DISMISS) { id } }`,
      { id: report.data!.reportContent.id },
      moderator.token,
    );
    expect((await dashboard()).oldestReport).toBeNull();
  });

  it('puts older posts and members in the week they happened', async () => {
    const thread = await startThread(t, member.token);
    const old = await memberWithRole(t, MemberRole.MEMBER);
    // Wednesday noon, three weeks ago (UTC); and more than 12 weeks ago, out of the chart.
    const threeWeeksAgo = new Date(`${mondayUtc(3)}T12:00:00Z`);
    threeWeeksAgo.setUTCDate(threeWeeksAgo.getUTCDate() + 2);
    await t.dataSource.query(`UPDATE posts SET created_at = $2 WHERE thread_id = $1`, [
      thread.id,
      threeWeeksAgo,
    ]);
    await t.dataSource.query(`UPDATE members SET created_at = $2 WHERE id = $1`, [
      old.id,
      threeWeeksAgo,
    ]);
    const longAgo = await startThread(t, member.token);
    await t.dataSource.query(
      `UPDATE posts SET created_at = now() - interval '13 weeks' WHERE thread_id = $1`,
      [longAgo.id],
    );

    const d = await dashboard();
    expect(d.postsPerWeek[8]).toEqual({ weekStart: mondayUtc(3), count: 1 });
    expect(d.membersPerWeek[8]).toEqual({ weekStart: mondayUtc(3), count: 1 });
    expect(d.postsPerWeek.reduce((sum, w) => sum + w.count, 0)).toBe(
      Number(
        (
          await t.dataSource.query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM posts WHERE created_at >= $1::date`,
            [mondayUtc(11)],
          )
        )[0].n,
      ),
    );
  });

  it('answers FORBIDDEN to members and UNAUTHENTICATED to visitors', async () => {
    const asMember = await t.gql(DASHBOARD, {}, member.token);
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(asMember.data?.moderationDashboard ?? null).toBeNull();
    const anonymous = await t.gql(DASHBOARD, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives each report a path to the content in context (none for private messages)', async () => {
    const thread = await startThread(t, member.token);
    const post = await t.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'Come to our open day.' } },
      member.token,
    );
    const postId = post.data!.createPost.id;
    await t.gql(
      REPORT,
      { i: { targetType: 'POST', targetId: postId, reason: 'Off topic here' } },
      moderator.token,
    );
    await t.gql(
      REPORT,
      { i: { targetType: 'MEMBER', targetId: member.id, reason: 'Posts adverts' } },
      moderator.token,
    );
    const res = await t.gql<{
      reports: { edges: Array<{ node: { targetType: string; contentPath: string | null } }> };
    }>('{ reports { edges { node { targetType contentPath } } } }', {}, moderator.token);
    const handle = (
      await t.dataSource.query<Array<{ handle: string }>>(
        'SELECT handle FROM members WHERE id = $1',
        [member.id],
      )
    )[0].handle;
    expect(res.data!.reports.edges.map((e) => e.node)).toEqual([
      { targetType: 'POST', contentPath: `/discussions/${thread.id}#post-${postId}` },
      { targetType: 'MEMBER', contentPath: `/members/${handle}` },
    ]);
    const memberReport = await t.gql<{ reports: { edges: Array<{ node: { id: string } }> } }>(
      '{ reports { edges { node { id } } } }',
      {},
      moderator.token,
    );
    await t.gql(
      `mutation($id: ID!) { resolveReport(id: $id, action: WARN_AUTHOR, note: "No adverts") { id } }`,
      { id: memberReport.data!.reports.edges[1].node.id },
      moderator.token,
    );
    const log = await t.gql<{
      moderationLog: { edges: Array<{ node: { action: string; targetPath: string | null } }> };
    }>('{ moderationLog(first: 1) { edges { node { action targetPath } } } }', {}, moderator.token);
    expect(log.data!.moderationLog.edges[0].node).toEqual({
      action: 'RESOLVE_REPORT_WARN_AUTHOR',
      targetPath: `/members/${handle}`,
    });
  });
});
