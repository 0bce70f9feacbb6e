import request from 'supertest';
import { MemberRole } from '@wide-open/shared/contracts';
import { CREATE_POST, handleOf, startThread } from '../support/discussions.fixtures';
import { count, memberWithRole } from '../support/members.fixtures';
import {
  mailsTo,
  notificationsOf,
  setLocale,
  unsubscribe,
  unsubscribeToken,
} from '../support/notifications.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

describe('unsubscribe links (no sign-in)', () => {
  let t: TestApp;
  let author: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000' });
    author = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  let n = 0;
  async function mention(who: { id: string }) {
    n += 1;
    const thread = await startThread(t, author.token);
    const res = await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: `@${await handleOf(t, who.id)} hello (${n})` } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
  }

  /** A member who received one MENTION email; its unsubscribe token. */
  async function emailed() {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    await mention(member);
    let token = '';
    await eventually(() => {
      const [mail] = mailsTo(t, member.email);
      token = unsubscribeToken(mail);
    });
    return { member, token };
  }

  const preferences = (memberId: string) =>
    t.dataSource.query<Array<{ type: string; delivery: string }>>(
      'SELECT type, delivery FROM notification_preferences WHERE member_id = $1',
      [memberId],
    );

  it('sets that type to in-app only and answers a bilingual page; later mentions are not emailed', async () => {
    const { member, token } = await emailed();
    const res = await unsubscribe(t, token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain("C'est noté");
    expect(res.text).toContain('« Mentions »');
    expect(res.text).toContain('lang="en"');
    expect(res.text).toContain('You will no longer receive emails about “Mentions”');
    expect(await preferences(member.id)).toEqual([{ type: 'MENTION', delivery: 'IN_APP' }]);

    // Following the link again is harmless.
    expect((await unsubscribe(t, token)).status).toBe(200);
    await mention(member);
    expect(await notificationsOf(t, member.id, 'MENTION')).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, member.email)).toHaveLength(1);
  });

  it('carries the link in the List-Unsubscribe header too, and accepts the one-click POST', async () => {
    const { member, token } = await emailed();
    const res = await request(t.app.getHttpServer())
      .post('/notifications/unsubscribe')
      .query({ token })
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    expect(await preferences(member.id)).toEqual([{ type: 'MENTION', delivery: 'IN_APP' }]);
  });

  it('refuses forged, tampered and missing tokens with 400, changing nothing', async () => {
    const { member, token } = await emailed();
    const other = await memberWithRole(t, MemberRole.MEMBER);
    const [memberId, type, signature] = token.split('.');
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const bad = [
      undefined,
      '',
      'not-a-token',
      `${memberId}.${type}.${flipped}`, // forged signature
      `${memberId}.THREAD_REPLY.${signature}`, // another type
      `${other.id}.${type}.${signature}`, // another member
      `${memberId}.${type}.${signature}.extra`,
      `${memberId}.BIRTHDAY.${signature}`,
      'x'.repeat(5000),
    ];
    for (const candidate of bad) {
      const res = await unsubscribe(t, candidate);
      expect(res.status).toBe(400);
      expect(res.text).toContain('Lien non valide');
      expect(res.text).toContain('Invalid link');
    }
    const post = await request(t.app.getHttpServer())
      .post('/notifications/unsubscribe')
      .query({ token: `${other.id}.${type}.${signature}` });
    expect(post.status).toBe(400);
    expect(await count(t, 'notification_preferences', `member_id = '${member.id}'`)).toBe(0);
    expect(await count(t, 'notification_preferences', `member_id = '${other.id}'`)).toBe(0);
  });

  it('leaves a type the member turned off entirely off', async () => {
    const { member, token } = await emailed();
    await t.dataSource.query(
      "INSERT INTO notification_preferences (member_id, type, delivery) VALUES ($1, 'MENTION', 'OFF')",
      [member.id],
    );
    expect((await unsubscribe(t, token)).status).toBe(200);
    expect(await preferences(member.id)).toEqual([{ type: 'MENTION', delivery: 'OFF' }]);
  });

  it('writes the email’s footer in the member’s language', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    await setLocale(t, member.id, 'en');
    await mention(member);
    await eventually(() => {
      const [mail] = mailsTo(t, member.email);
      expect(mail.text).toContain('Stop these emails (no sign-in needed): ');
      expect(mail.text).toContain(`${t.config.http.publicUrl}/settings/notifications`);
    });
  });
});
