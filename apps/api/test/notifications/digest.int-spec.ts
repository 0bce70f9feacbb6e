import { MemberRole } from '@wide-open/shared/contracts';
import { JobQueue } from '@wide-open/api/core';
import { DIGEST_JOB, DigestService, NotificationClock } from '@wide-open/api/notifications';
import { CREATE_POST, startThread } from '../support/discussions.fixtures';
import { memberWithRole } from '../support/members.fixtures';
import {
  mailsTo,
  notificationsOf,
  setLocale,
  setPreference,
  unsubscribeToken,
} from '../support/notifications.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

// 2026-03-02 is a Monday. Digests go out at 07:00 UTC (NOTIFICATION_DIGEST_HOUR's default).
const MONDAY_10 = new Date('2026-03-02T10:00:00Z');
const MONDAY_12 = new Date('2026-03-02T12:00:00Z');
const TUESDAY_07 = new Date('2026-03-03T07:00:00Z');
const TUESDAY_08 = new Date('2026-03-03T08:00:00Z');
const TUESDAY_10 = new Date('2026-03-03T10:00:00Z');
const WEDNESDAY_07 = new Date('2026-03-04T07:00:00Z');
const NEXT_MONDAY_07 = new Date('2026-03-09T07:00:00Z');

describe('daily and weekly digests (fake clock)', () => {
  let t: TestApp;
  let clock: NotificationClock;
  let digests: DigestService;
  let author: { id: string; token: string };
  let ana: { id: string; email: string; token: string };
  let bea: { id: string; email: string; token: string };
  let carl: { id: string; email: string; token: string };
  let threadId: string;
  const setNow = (date: Date) => {
    clock.now = () => date;
  };
  let n = 0;
  const reply = async (body: string) => {
    n += 1;
    const res = await t.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { threadId, body: `${body} (${n})` } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createPost.id;
  };

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000' });
    clock = t.app.get(NotificationClock);
    digests = t.app.get(DigestService);
    author = await memberWithRole(t, MemberRole.MEMBER);
    ana = await memberWithRole(t, MemberRole.MEMBER);
    bea = await memberWithRole(t, MemberRole.MEMBER);
    carl = await memberWithRole(t, MemberRole.MEMBER);
    await setLocale(t, bea.id, 'fr');
    // THREAD_REPLY is a daily digest by default; Carl prefers the weekly one.
    await setPreference(t, carl.token, 'THREAD_REPLY', 'WEEKLY');
    const thread = await startThread(t, author.token);
    threadId = thread.id;
    for (const member of [ana, bea, carl]) {
      const res = await t.gql(
        'mutation($id: ID!) { followThread(id: $id) { id } }',
        { id: threadId },
        member.token,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  });
  afterAll(() => t.close());

  it('sends each member one digest of what arrived before the cut-off, in their language, once', async () => {
    setNow(MONDAY_10);
    const first = await reply('We found a landlord who accepts a social rent.');
    const second = await reply('Here is the contract we signed.');
    expect((await notificationsOf(t, ana.id, 'THREAD_REPLY')).map((x) => x.digest)).toEqual([
      'DAILY',
      'DAILY',
    ]);
    expect(mailsTo(t, ana.email)).toEqual([]);

    // Monday noon: today's cut-off (07:00) came before these replies.
    setNow(MONDAY_12);
    expect(await digests.run()).toEqual({ daily: 0, weekly: 0 });

    setNow(TUESDAY_07);
    expect(await digests.run()).toEqual({ daily: 2, weekly: 0 });
    const [toAna] = mailsTo(t, ana.email);
    expect(toAna.subject).toBe('Wide Open: your daily digest (2 notifications)');
    expect(toAna.text).toContain('Hello Test MEMBER,');
    expect(toAna.text).toContain('> We found a landlord who accepts a social rent.');
    expect(toAna.text).toContain('> Here is the contract we signed.');
    expect(toAna.text).toContain(
      `${t.config.http.publicUrl}/discussions/${threadId}#post-${first}`,
    );
    expect(toAna.text).toContain(
      `${t.config.http.publicUrl}/discussions/${threadId}#post-${second}`,
    );
    expect(toAna.text.indexOf('landlord')).toBeLessThan(toAna.text.indexOf('contract'));
    expect(unsubscribeToken(toAna)).toMatch(new RegExp(`^${ana.id}\\.THREAD_REPLY\\.`));
    const [toBea] = mailsTo(t, bea.email);
    expect(toBea.subject).toBe('Wide Open : votre résumé du jour (2 notifications)');
    expect(toBea.text).toContain('Bonjour Test MEMBER,');
    expect(toBea.text).toContain('Ne plus recevoir « Réponses dans les fils que vous suivez »');
    expect(mailsTo(t, carl.email)).toEqual([]);

    // Running again, at once or an hour later, sends nothing twice.
    expect(await digests.run()).toEqual({ daily: 0, weekly: 0 });
    setNow(TUESDAY_08);
    expect(await digests.run()).toEqual({ daily: 0, weekly: 0 });
    expect(mailsTo(t, ana.email)).toHaveLength(1);
    expect(mailsTo(t, bea.email)).toHaveLength(1);
  });

  it('sends the weekly digest only on the next Monday', async () => {
    setNow(TUESDAY_10);
    await reply('Update: the contract was renewed.');
    setNow(WEDNESDAY_07);
    expect((await digests.run()).weekly).toBe(0);
    expect(mailsTo(t, carl.email)).toEqual([]);

    setNow(NEXT_MONDAY_07);
    expect((await digests.run()).weekly).toBe(1);
    const [toCarl] = mailsTo(t, carl.email);
    expect(toCarl.subject).toBe('Wide Open: your weekly digest (3 notifications)');
    expect(toCarl.text).toContain('> We found a landlord who accepts a social rent.');
    expect(toCarl.text).toContain('> Update: the contract was renewed.');
    expect(await digests.run()).toEqual({ daily: 0, weekly: 0 });
    expect(mailsTo(t, carl.email)).toHaveLength(1);
  });

  it('runs as the scheduled job on the durable queue', async () => {
    setNow(new Date('2026-03-10T09:00:00Z'));
    await reply('One more thing about the rent.');
    const before = mailsTo(t, ana.email).length;
    setNow(new Date('2026-03-11T07:00:00Z'));
    await t.app.get(JobQueue).enqueue(DIGEST_JOB, {});
    await eventually(() => {
      const mails = mailsTo(t, ana.email);
      expect(mails).toHaveLength(before + 1);
      expect(mails[before].text).toContain('> One more thing about the rent.');
    }, 15_000);
  });

  it('does not email suspended members, and does not keep their items waiting', async () => {
    setNow(new Date('2026-03-12T09:00:00Z'));
    await reply('News for everyone.');
    await t.dataSource.query("UPDATE members SET status = 'SUSPENDED' WHERE id = $1", [bea.id]);
    const before = mailsTo(t, bea.email).length;
    setNow(new Date('2026-03-13T07:00:00Z'));
    await digests.run();
    expect(mailsTo(t, bea.email)).toHaveLength(before);
    const pending = (await notificationsOf(t, bea.id, 'THREAD_REPLY')).filter(
      (x) => x.digest === 'DAILY',
    );
    const [{ n: waiting }] = await t.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM notifications WHERE member_id = $1 AND digest IS NOT NULL AND digested_at IS NULL',
      [bea.id],
    );
    expect(pending.length).toBeGreaterThan(0);
    expect(waiting).toBe(0);
  });
});
