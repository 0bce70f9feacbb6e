import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { CREATE_POST, handleOf, startThread } from '../support/discussions.fixtures';
import { count, memberWithRole } from '../support/members.fixtures';
import {
  PREFERENCES,
  SET_PREFERENCE,
  mailsTo,
  notificationsOf,
  setLocale,
  setPreference,
} from '../support/notifications.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

type Preference = { type: string; delivery: string; configurable: boolean };

describe('notification preferences', () => {
  let t: TestApp;
  let author: { id: string; email: string; token: string };
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000' });
    author = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  let n = 0;
  const mention = async (who: { id: string }, words = 'could you share your rent model?') => {
    n += 1;
    const thread = await startThread(t, author.token);
    const handle = await handleOf(t, who.id);
    const res = await t.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { threadId: thread.id, body: `@${handle} ${words} (${n})` } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return { thread, post: res.data.createPost };
  };

  it('lists every type with its default until the member chooses', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const res = await t.gql<{ notificationPreferences: Preference[] }>(
      PREFERENCES,
      {},
      member.token,
    );
    expect(res.errors).toBeUndefined();
    const byType = Object.fromEntries(res.data!.notificationPreferences.map((p) => [p.type, p]));
    expect(Object.keys(byType).sort()).toEqual(
      [
        'APPLICATION_DECIDED',
        'CONTENT_HIDDEN',
        'EVENT_MESSAGE',
        'EVENT_REMINDER',
        'EVENT_SEAT_FREED',
        'EVENT_UPDATED',
        'GUIDE_SUGGESTION_REVIEWED',
        'MENTION',
        'NEW_APPLICATION',
        'NEW_MESSAGE',
        'PLACE_NEWS',
        'REPORT_CREATED',
        'REPORT_RESOLVED',
        'STORY_PUBLISHED',
        'THREAD_REPLY',
        'WARNING',
      ].sort(),
    );
    expect(byType['MENTION']).toEqual({ type: 'MENTION', delivery: 'EMAIL', configurable: true });
    expect(byType['THREAD_REPLY'].delivery).toBe('DAILY');
    expect(byType['WARNING'].delivery).toBe('EMAIL');
    expect(byType['PLACE_NEWS'].delivery).toBe('WEEKLY');
    expect(byType['APPLICATION_DECIDED']).toEqual({
      type: 'APPLICATION_DECIDED',
      delivery: 'EMAIL',
      configurable: false,
    });
  });

  it('saves a choice for the viewer only', async () => {
    const one = await memberWithRole(t, MemberRole.MEMBER);
    const other = await memberWithRole(t, MemberRole.MEMBER);
    const res = await t.gql<{ setNotificationPreference: Preference }>(
      SET_PREFERENCE,
      { type: 'PLACE_NEWS', delivery: 'DAILY' },
      one.token,
    );
    expect(res.data!.setNotificationPreference).toEqual({
      type: 'PLACE_NEWS',
      delivery: 'DAILY',
      configurable: true,
    });
    const mine = await t.gql<{ notificationPreferences: Preference[] }>(PREFERENCES, {}, one.token);
    expect(mine.data!.notificationPreferences.find((p) => p.type === 'PLACE_NEWS')?.delivery).toBe(
      'DAILY',
    );
    const theirs = await t.gql<{ notificationPreferences: Preference[] }>(
      PREFERENCES,
      {},
      other.token,
    );
    expect(
      theirs.data!.notificationPreferences.find((p) => p.type === 'PLACE_NEWS')?.delivery,
    ).toBe('WEEKLY');
    expect(await count(t, 'notification_preferences', `member_id = '${other.id}'`)).toBe(0);
  });

  it('refuses anonymous callers, unknown types and deliveries, and fixed types, changing nothing', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const anonymous = await t.gql(SET_PREFERENCE, { type: 'MENTION', delivery: 'OFF' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const anonymousList = await t.gql(PREFERENCES, {});
    expect(anonymousList.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const unknownType = await t.gql(
      SET_PREFERENCE,
      { type: 'BIRTHDAY', delivery: 'OFF' },
      member.token,
    );
    expect(unknownType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownType.errors?.[0].message).toMatch(/NotificationType/);
    const unknownDelivery = await t.gql(
      SET_PREFERENCE,
      { type: 'MENTION', delivery: 'SMOKE_SIGNAL' },
      member.token,
    );
    expect(unknownDelivery.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fixed = await t.gql(
      SET_PREFERENCE,
      { type: 'APPLICATION_DECIDED', delivery: 'OFF' },
      member.token,
    );
    expect(fixed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { type: expect.stringMatching(/cannot be changed/) },
    });
    // No way to name another member: the mutation has no member argument at all.
    const someoneElse = await t.gql(
      `mutation { setNotificationPreference(type: MENTION, delivery: OFF, memberId: "${author.id}") { type } }`,
      {},
      member.token,
    );
    expect(someoneElse.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await count(t, 'notification_preferences', `member_id = '${member.id}'`)).toBe(0);
    expect(await count(t, 'notification_preferences', `member_id = '${author.id}'`)).toBe(0);
  });

  it('lets a pending applicant choose too (signed in)', async () => {
    const applicant = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const res = await t.gql(
      SET_PREFERENCE,
      { type: 'NEW_MESSAGE', delivery: 'WEEKLY' },
      applicant.token,
    );
    expect(res.errors).toBeUndefined();
  });

  it('EMAIL: stores the notification and emails it at once, in the member’s language', async () => {
    const lea = await memberWithRole(t, MemberRole.MEMBER);
    await setLocale(t, lea.id, 'fr');
    const { thread, post } = await mention(lea, 'pouvez-vous partager votre modèle de loyer ?');
    const stored = await notificationsOf(t, lea.id, 'MENTION');
    expect(stored).toHaveLength(1);
    expect(stored[0].digest).toBeNull();
    await eventually(() => {
      const [mail] = mailsTo(t, lea.email);
      expect(mail.subject).toMatch(/^Test MEMBER vous a mentionné·e dans « .+ »$/);
      expect(mail.text).toContain('Bonjour');
      expect(mail.text).toContain('> @');
      expect(mail.text).toContain('pouvez-vous partager votre modèle de loyer ?');
      expect(mail.text).toContain(
        `${t.config.http.publicUrl}/discussions/${thread.id}#post-${post.id}`,
      );
      expect(mail.text).toContain(`${t.config.http.publicUrl}/notifications/unsubscribe?token=`);
      expect(mail.text).toContain('Ne plus les recevoir par email');
    });
  });

  it('IN_APP stores without email; a digest choice marks it for the digest; OFF stores nothing', async () => {
    const sam = await memberWithRole(t, MemberRole.MEMBER);
    await setPreference(t, sam.token, 'MENTION', 'IN_APP');
    await mention(sam);
    await setPreference(t, sam.token, 'MENTION', 'WEEKLY');
    await mention(sam);
    expect((await notificationsOf(t, sam.id, 'MENTION')).map((n) => n.digest)).toEqual([
      null,
      'WEEKLY',
    ]);
    await setPreference(t, sam.token, 'MENTION', 'OFF');
    await mention(sam);
    // Nothing stored; and what waited for a digest no longer does.
    expect((await notificationsOf(t, sam.id, 'MENTION')).map((n) => n.digest)).toEqual([
      null,
      null,
    ]);
    // Give background emails their chance to (wrongly) appear.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, sam.email)).toEqual([]);
  });

  it('items waiting for a digest follow a new choice', async () => {
    const kim = await memberWithRole(t, MemberRole.MEMBER);
    await setPreference(t, kim.token, 'MENTION', 'DAILY');
    await mention(kim);
    await setPreference(t, kim.token, 'MENTION', 'WEEKLY');
    expect((await notificationsOf(t, kim.id, 'MENTION')).map((n) => n.digest)).toEqual(['WEEKLY']);
    await setPreference(t, kim.token, 'MENTION', 'IN_APP');
    expect((await notificationsOf(t, kim.id, 'MENTION')).map((n) => n.digest)).toEqual([null]);
  });

  it('reads every recipient’s preference in one query, however many they are', async () => {
    const few = [await memberWithRole(t, MemberRole.MEMBER)];
    const many = [
      await memberWithRole(t, MemberRole.MEMBER),
      await memberWithRole(t, MemberRole.MEMBER),
      await memberWithRole(t, MemberRole.MEMBER),
      await memberWithRole(t, MemberRole.MEMBER),
    ];
    await setPreference(t, many[1].token, 'MENTION', 'OFF');
    const post = async (who: Array<{ id: string }>) => {
      const thread = await startThread(t, author.token);
      const handles = await Promise.all(who.map((w) => handleOf(t, w.id)));
      return t.countQueries(() =>
        t.gql(
          CREATE_POST,
          { input: { threadId: thread.id, body: handles.map((h) => `@${h}`).join(' ') } },
          author.token,
        ),
      );
    };
    expect(await post(many)).toBe(await post(few));
    expect(await notificationsOf(t, many[1].id)).toEqual([]);
    expect(await notificationsOf(t, many[2].id, 'MENTION')).toHaveLength(1);
  });
});
