import type { Socket } from 'socket.io-client';
import { MemberRole } from '@wide-open/shared/contracts';
import { memberWithRole } from '../support/members.fixtures';
import {
  mailsTo,
  notificationsOf,
  setLocale,
  type StoredNotification,
} from '../support/notifications.fixtures';
import { connectAs, emitWithAck, record } from '../support/sockets';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId } }`;
const READ = `mutation($c: ID!, $m: ID!) { markConversationRead(conversationId: $c, messageId: $m) { id } }`;
type Sent = { sendMessage: { id: string; conversationId: string } };

let seq = 0;
const cid = () => `n-${Date.now().toString(36)}-${++seq}`;
const pause = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe('NEW_MESSAGE notifications', () => {
  let t: TestApp;
  let ana: { id: string; email: string; token: string };
  let ben: { id: string; email: string; token: string };
  let cleo: { id: string; email: string; token: string };
  const sockets: Socket[] = [];
  const connect = async (token: string) => {
    const s = await connectAs(t.url, token);
    sockets.push(s);
    return s;
  };
  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_MESSAGES_PER_MINUTE: '1000',
      RATE_LIMIT_CONVERSATIONS_PER_HOUR: '1000',
      // Emails wait for the message to stay unread this long (10 minutes by default).
      MESSAGE_EMAIL_DELAY_SECONDS: '1',
    });
    ana = await memberWithRole(t, MemberRole.MEMBER);
    ben = await memberWithRole(t, MemberRole.MEMBER);
    cleo = await memberWithRole(t, MemberRole.MEMBER);
    await setLocale(t, ben.id, 'fr');
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  async function send(
    from: { token: string },
    to: { conversationId?: string; recipientIds?: string[] },
    body: string,
  ) {
    const res = await t.gql<Sent>(
      SEND,
      { input: { ...to, body, clientMessageId: cid() } },
      from.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.sendMessage;
  }

  it('skips a participant reading the conversation; notifies one who is not, once per conversation until read', async () => {
    const first = await send(
      ana,
      { recipientIds: [ben.id, cleo.id] },
      'Shall we meet at the fablab?',
    );
    const conversationId = first.conversationId;
    await eventually(async () =>
      expect(await notificationsOf(t, ben.id, 'NEW_MESSAGE')).toHaveLength(1),
    );
    await t.gql(READ, { c: conversationId, m: first.id }, ben.token);
    await t.gql(READ, { c: conversationId, m: first.id }, cleo.token);

    // Ben has the conversation open; Cleo is connected but elsewhere in the app.
    const benSocket = await connect(ben.token);
    const cleoSocket = await connect(cleo.token);
    const benHeard = record(benSocket, 'notification:new');
    const cleoHeard = record<{ type: string; payload: Record<string, string> }>(
      cleoSocket,
      'notification:new',
    );
    expect(await emitWithAck(benSocket, 'conversation:watch', { conversationId })).toEqual({
      ok: true,
    });
    const second = await send(ana, { conversationId }, 'Thursday at ten?');
    await send(ana, { conversationId }, 'Or Friday.');
    await eventually(() => expect(cleoHeard).toHaveLength(1));
    await pause();
    expect(benHeard).toEqual([]);
    expect(cleoHeard[0]).toMatchObject({
      type: 'NEW_MESSAGE',
      payload: { conversationId, messageId: second.id, excerpt: 'Thursday at ten?' },
    });
    const benAll = await notificationsOf(t, ben.id, 'NEW_MESSAGE');
    expect(benAll.filter((n) => !n.read_at)).toEqual([]);
    const cleoUnread = (await notificationsOf(t, cleo.id, 'NEW_MESSAGE')).filter((n) => !n.read_at);
    expect(cleoUnread).toHaveLength(1);

    // Reading the conversation reads its notification (and every tab's bell hears of it): the
    // next message notifies again.
    const cleoRead = record<{ count: number }>(cleoSocket, 'notification:read');
    await t.gql(READ, { c: conversationId, m: second.id }, cleo.token);
    expect((await notificationsOf(t, cleo.id, 'NEW_MESSAGE')).filter((n) => !n.read_at)).toEqual(
      [],
    );
    await eventually(() => expect(cleoRead).toEqual([{ count: 1 }]));
    await send(ana, { conversationId }, 'Friday it is.');
    await eventually(async () =>
      expect(
        (await notificationsOf(t, cleo.id, 'NEW_MESSAGE')).filter((n) => !n.read_at),
      ).toHaveLength(1),
    );

    // Once Ben stops watching, he is notified again.
    expect(await emitWithAck(benSocket, 'conversation:unwatch', { conversationId })).toEqual({
      ok: true,
    });
    await send(ana, { conversationId }, 'See you there.');
    await eventually(() => expect(benHeard).toHaveLength(1));
  });

  /** The email job of a notification has run (pg-boss's own table). */
  const emailJobDone = (notificationId: string) =>
    eventually(async () => {
      const jobs = await t.dataSource.query<Array<{ state: string }>>(
        `SELECT state FROM pgboss.job WHERE name = 'notifications.message-email' AND data->>'notificationId' = $1`,
        [notificationId],
      );
      expect(jobs.map((j) => j.state)).toEqual(['completed']);
    }, 10_000);

  it('emails the first unread message once the delay is over, in the recipient’s language, never the author', async () => {
    const sent = await send(
      ana,
      { recipientIds: [ben.id] },
      'Bonjour Ben, une question sur votre jardin.',
    );
    await send(ana, { conversationId: sent.conversationId }, 'Et une autre.');
    // Not at once: the member may be reading it right now on another device.
    expect(mailsTo(t, ben.email).filter((m) => m.text.includes(sent.conversationId))).toEqual([]);
    await eventually(() => {
      const mails = mailsTo(t, ben.email).filter((m) => m.text.includes(sent.conversationId));
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Test MEMBER vous a écrit');
      expect(mails[0].text).toContain('> Bonjour Ben, une question sur votre jardin.');
      expect(mails[0].text).toContain(`/messages/${sent.conversationId}`);
    }, 10_000);
    await pause();
    expect(mailsTo(t, ben.email).filter((m) => m.text.includes(sent.conversationId))).toHaveLength(
      1,
    );
    expect(await notificationsOf(t, ana.id, 'NEW_MESSAGE')).toEqual([]);
  });

  it('does not email a message read before the delay is over', async () => {
    const sent = await send(ana, { recipientIds: [cleo.id] }, 'About the workshop on Saturday.');
    // The notification is written after the reply (off the send path).
    let notification: StoredNotification | undefined;
    await eventually(async () => {
      [notification] = (await notificationsOf(t, cleo.id, 'NEW_MESSAGE')).filter(
        (n) => n.payload['conversationId'] === sent.conversationId,
      );
      expect(notification?.read_at).toBeNull();
    });
    if (!notification) throw new Error('no NEW_MESSAGE notification');
    const read = await t.gql(READ, { c: sent.conversationId, m: sent.id }, cleo.token);
    expect(read.errors).toBeUndefined();
    await emailJobDone(notification.id);
    expect(mailsTo(t, cleo.email).filter((m) => m.text.includes(sent.conversationId))).toEqual([]);
  });

  it('refuses to watch a conversation the member is not part of, or a malformed id', async () => {
    const sent = await send(ana, { recipientIds: [ben.id] }, 'Private between us.');
    const cleoSocket = await connect(cleo.token);
    const refused = await emitWithAck<{ error: { code: string } }>(
      cleoSocket,
      'conversation:watch',
      {
        conversationId: sent.conversationId,
      },
    );
    expect(refused.error.code).toBe('NOT_FOUND');
    const malformed = await emitWithAck<{ error: { code: string } }>(
      cleoSocket,
      'conversation:watch',
      { conversationId: 'nope' },
    );
    expect(malformed.error.code).toBe('BAD_USER_INPUT');
    // Cleo's refused watch does not silence Ben's notifications either.
    const before = (await notificationsOf(t, ben.id, 'NEW_MESSAGE')).length;
    await t.dataSource.query(
      "UPDATE notifications SET read_at = now() WHERE member_id = $1 AND type = 'NEW_MESSAGE'",
      [ben.id],
    );
    await send(ana, { conversationId: sent.conversationId }, 'Still there?');
    await eventually(async () =>
      expect(await notificationsOf(t, ben.id, 'NEW_MESSAGE')).toHaveLength(before + 1),
    );
  });
});
