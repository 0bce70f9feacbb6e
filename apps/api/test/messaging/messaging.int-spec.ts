import type { Socket } from 'socket.io-client';
import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { count, memberWithRole } from '../support/members.fixtures';
import { connectAs, emitWithAck, record, settle } from '../support/sockets';

const SEND = /* GraphQL */ `
  mutation Send($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      conversationId
      body
      clientMessageId
      author {
        handle
      }
    }
  }
`;
type Sent = { sendMessage: { id: string; conversationId: string; clientMessageId: string } };
type Payload = {
  id: string;
  conversationId: string;
  body: string;
  clientMessageId: string;
  author: { id: string };
};

let seq = 0;
const cid = () => `client-${Date.now().toString(36)}-${++seq}`;

describe('messaging', () => {
  let t: TestApp;
  let ana: { id: string; token: string };
  let ben: { id: string; token: string };
  let eve: { id: string; token: string };
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
    });
    ana = await memberWithRole(t, MemberRole.MEMBER);
    ben = await memberWithRole(t, MemberRole.MEMBER);
    eve = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  async function firstMessage(from: { token: string }, to: { id: string }, body = 'Hello there') {
    const res = await t.gql<Sent>(
      SEND,
      { input: { recipientIds: [to.id], body, clientMessageId: cid() } },
      from.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.sendMessage;
  }

  it('stores, then delivers to every socket of every participant, the sender’s included', async () => {
    const benPhone = await connect(ben.token);
    const benLaptop = await connect(ben.token);
    const anaSocket = await connect(ana.token);
    const got = [
      record<Payload>(benPhone, 'message:new'),
      record<Payload>(benLaptop, 'message:new'),
      record<Payload>(anaSocket, 'message:new'),
    ];
    const sent = await firstMessage(ana, ben, 'Bonjour Ben');
    await eventually(() => {
      for (const seen of got) expect(seen.map((m) => m.id)).toEqual([sent.id]);
    });
    expect(got[0][0]).toMatchObject({
      body: 'Bonjour Ben',
      conversationId: sent.conversationId,
      author: { id: ana.id },
    });
    // A second message between the same pair continues the same conversation.
    const again = await firstMessage(ana, ben, 'Encore moi');
    expect(again.conversationId).toBe(sent.conversationId);
  });

  it('sends through the socket with an acknowledgement once stored', async () => {
    const { conversationId } = await firstMessage(ana, ben);
    const socket = await connect(ana.token);
    const ack = await emitWithAck<{ message: Payload }>(socket, 'message:send', {
      conversationId,
      body: 'Via socket',
      clientMessageId: cid(),
    });
    expect(ack.message.body).toBe('Via socket');
    expect(await count(t, 'messages', `id = '${ack.message.id}'`)).toBe(1);
  });

  it('is idempotent: a retry with the same clientMessageId returns the first message, one row, one delivery', async () => {
    const { conversationId } = await firstMessage(ana, ben);
    const benSocket = await connect(ben.token);
    const anaSocket = await connect(ana.token);
    const seen = record<Payload>(benSocket, 'message:new');
    const clientMessageId = cid();
    const input = { conversationId, body: 'Only once please', clientMessageId };
    const [a, b] = await Promise.all([
      emitWithAck<{ message: Payload }>(anaSocket, 'message:send', input),
      t.gql<Sent>(SEND, { input }, ana.token),
    ]);
    const c = await emitWithAck<{ message: Payload }>(anaSocket, 'message:send', input);
    expect(new Set([a.message.id, b.data!.sendMessage.id, c.message.id]).size).toBe(1);
    expect(await count(t, 'messages', `client_message_id = '${clientMessageId}'`)).toBe(1);
    await settle(300);
    expect(seen.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
  });

  it('sync returns exactly the messages missed while disconnected, oldest first', async () => {
    const { conversationId, id: lastSeen } = await firstMessage(ana, ben);
    const missed: string[] = [];
    for (const body of ['one', 'two', 'three']) {
      const res = await t.gql<Sent>(
        SEND,
        { input: { conversationId, body, clientMessageId: cid() } },
        ana.token,
      );
      missed.push(res.data!.sendMessage.id);
    }
    const benSocket = await connect(ben.token);
    const ack = await emitWithAck<{ messages: Payload[] }>(benSocket, 'sync', { after: lastSeen });
    expect(ack.messages.map((m) => m.id)).toEqual(missed);
    expect(ack.messages.map((m) => m.body)).toEqual(['one', 'two', 'three']);
    const bad = await emitWithAck<{ error: { code: string } }>(benSocket, 'sync', {
      after: 'yesterday',
    });
    expect(bad.error.code).toBe('BAD_USER_INPUT');
  });

  it('keeps others out: NOT_FOUND for a third member, and no events reach them', async () => {
    const eveSocket = await connect(eve.token);
    const eavesdropped = record<Payload>(eveSocket, 'message:new');
    const { conversationId } = await firstMessage(ana, ben, 'Private');
    const read = await t.gql(
      `query($id: ID!) { conversation(id: $id) { id } }`,
      { id: conversationId },
      eve.token,
    );
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const write = await t.gql(
      SEND,
      { input: { conversationId, body: 'Let me in', clientMessageId: cid() } },
      eve.token,
    );
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const typing = await emitWithAck<{ error: { code: string } }>(eveSocket, 'typing', {
      conversationId,
    });
    expect(typing.error.code).toBe('NOT_FOUND');
    const synced = await emitWithAck<{ messages: Payload[] }>(eveSocket, 'sync', {
      after: '00000000-0000-7000-8000-000000000000',
    });
    expect(synced.messages.filter((m) => m.conversationId === conversationId)).toEqual([]);
    await settle(200);
    expect(eavesdropped).toEqual([]);
  });

  it('refuses a blocked sender, with a clear error and nothing stored', async () => {
    const zoe = await memberWithRole(t, MemberRole.MEMBER);
    const { conversationId } = await firstMessage(zoe, ana);
    await t.gql(`mutation($m: ID!) { blockMember(memberId: $m) }`, { m: zoe.id }, ana.token);
    const before = await count(t, 'messages', `conversation_id = '${conversationId}'`);
    const res = await t.gql(
      SEND,
      { input: { conversationId, body: 'Are you there?', clientMessageId: cid() } },
      zoe.token,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'You cannot message this member.',
      extensions: { code: 'FORBIDDEN' },
    });
    const fresh = await t.gql(
      SEND,
      { input: { recipientIds: [ana.id], body: 'New start?', clientMessageId: cid() } },
      zoe.token,
    );
    expect(fresh.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count(t, 'messages', `conversation_id = '${conversationId}'`)).toBe(before);
    await t.gql(`mutation($m: ID!) { unblockMember(memberId: $m) }`, { m: zoe.id }, ana.token);
    expect(
      (
        await t.gql(
          SEND,
          { input: { conversationId, body: 'Thanks', clientMessageId: cid() } },
          zoe.token,
        )
      ).errors,
    ).toBeUndefined();
  });

  it('refuses empty and oversized bodies, over GraphQL and over the socket, storing nothing', async () => {
    const { conversationId } = await firstMessage(ana, ben);
    const before = await count(t, 'messages');
    for (const body of ['', '   ', 'x'.repeat(5001)]) {
      const res = await t.gql(
        SEND,
        { input: { conversationId, body, clientMessageId: cid() } },
        ana.token,
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { body: expect.any(String) },
      });
    }
    const socket = await connect(ana.token);
    const ack = await emitWithAck<{ error: { code: string; fields: Record<string, string> } }>(
      socket,
      'message:send',
      { conversationId, body: 'y'.repeat(6000), clientMessageId: cid() },
    );
    expect(ack.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { body: expect.stringMatching(/5000/) },
    });
    const noId = await emitWithAck<{ error: { fields: Record<string, string> } }>(
      socket,
      'message:send',
      { conversationId, body: 'hi' },
    );
    expect(noId.error.fields).toHaveProperty('clientMessageId');
    expect(await count(t, 'messages')).toBe(before);
  });

  it('refuses sockets without a session or of a suspended member', async () => {
    await expect(connectAs(t.url, 'not-a-token')).rejects.toThrow('UNAUTHENTICATED');
    const sam = await memberWithRole(t, MemberRole.MEMBER);
    await t.dataSource.query(
      `UPDATE members SET status = 'SUSPENDED', suspension_reason = 'spam' WHERE id = $1`,
      [sam.id],
    );
    await expect(connectAs(t.url, sam.token)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('tracks read marks and unread counts, and tells participants live', async () => {
    const ben = await memberWithRole(t, MemberRole.MEMBER); // a fresh pair: nothing unread before
    const { conversationId } = await firstMessage(ana, ben, 'Read me');
    const second = await t.gql<Sent>(
      SEND,
      { input: { conversationId, body: 'And me', clientMessageId: cid() } },
      ana.token,
    );
    const unread = `query($id: ID!) { conversation(id: $id) { unreadCount readMarks { member { id } messageId } } }`;
    expect(
      (
        await t.gql<{ conversation: { unreadCount: number } }>(
          unread,
          { id: conversationId },
          ben.token,
        )
      ).data!.conversation.unreadCount,
    ).toBe(2);
    const anaSocket = await connect(ana.token);
    const reads = record<{ conversationId: string; memberId: string; messageId: string }>(
      anaSocket,
      'conversation:read',
    );
    await t.gql(
      `mutation($c: ID!, $m: ID!) { markConversationRead(conversationId: $c, messageId: $m) { id } }`,
      { c: conversationId, m: second.data!.sendMessage.id },
      ben.token,
    );
    await eventually(() =>
      expect(reads).toEqual([
        { conversationId, memberId: ben.id, messageId: second.data!.sendMessage.id },
      ]),
    );
    const after = await t.gql<{
      conversation: {
        unreadCount: number;
        readMarks: Array<{ member: { id: string }; messageId: string }>;
      };
    }>(unread, { id: conversationId }, ben.token);
    expect(after.data!.conversation.unreadCount).toBe(0);
    expect(after.data!.conversation.readMarks.find((r) => r.member.id === ben.id)!.messageId).toBe(
      second.data!.sendMessage.id,
    );
  });

  it('shows typing to the others, throttled', async () => {
    const { conversationId } = await firstMessage(ana, ben);
    const anaSocket = await connect(ana.token);
    const benSocket = await connect(ben.token);
    const benSees = record<{ conversationId: string; memberId: string }>(benSocket, 'typing');
    const anaSees = record(anaSocket, 'typing');
    for (let i = 0; i < 5; i++) await emitWithAck(anaSocket, 'typing', { conversationId });
    await settle(300);
    expect(benSees).toEqual([{ conversationId, memberId: ana.id }]);
    expect(anaSees).toEqual([]);
  });

  it('runs groups: named by anyone, grown by the creator, left by members, 50 at most', async () => {
    const carl = await memberWithRole(t, MemberRole.MEMBER);
    const res = await t.gql<Sent>(
      SEND,
      { input: { recipientIds: [ben.id, carl.id], body: 'Group hello', clientMessageId: cid() } },
      ana.token,
    );
    const id = res.data!.sendMessage.conversationId;
    const renamed = await t.gql<{ renameConversation: { title: string; isGroup: boolean } }>(
      `mutation($id: ID!) { renameConversation(id: $id, title: "Lyon makers") { title isGroup } }`,
      { id },
      carl.token,
    );
    expect(renamed.data!.renameConversation).toEqual({ title: 'Lyon makers', isGroup: true });
    const add = `mutation($id: ID!, $m: [ID!]!) { addConversationParticipants(id: $id, memberIds: $m) { participants { id } } }`;
    expect((await t.gql(add, { id, m: [eve.id] }, carl.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const added = await t.gql<{ addConversationParticipants: { participants: unknown[] } }>(
      add,
      { id, m: [eve.id] },
      ana.token,
    );
    expect(added.data!.addConversationParticipants.participants).toHaveLength(4);
    await t.gql(`mutation($id: ID!) { leaveConversation(id: $id) }`, { id }, carl.token);
    expect(
      (await t.gql(`query($id: ID!) { conversation(id: $id) { id } }`, { id }, carl.token))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    const crowd = Array.from({ length: 50 }, () => '01890000-0000-7000-8000-000000000000');
    const tooMany = await t.gql(
      SEND,
      { input: { recipientIds: crowd, body: 'Everyone', clientMessageId: cid() } },
      ana.token,
    );
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages history newest first and lists conversations by activity with a fixed number of queries', async () => {
    const { conversationId } = await firstMessage(eve, ben, 'm0');
    for (let i = 1; i < 30; i++)
      await t.gql(
        SEND,
        { input: { conversationId, body: `m${i}`, clientMessageId: cid() } },
        eve.token,
      );
    const page = `query($id: ID!, $after: String) { conversation(id: $id) { messages(first: 10, after: $after) { edges { node { body } } pageInfo { endCursor hasNextPage } } } }`;
    type Page = {
      conversation: {
        messages: {
          edges: Array<{ node: { body: string } }>;
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      };
    };
    const first = (await t.gql<Page>(page, { id: conversationId }, ben.token)).data!.conversation
      .messages;
    expect(first.edges.map((e) => e.node.body)).toEqual([
      'm29',
      'm28',
      'm27',
      'm26',
      'm25',
      'm24',
      'm23',
      'm22',
      'm21',
      'm20',
    ]);
    const second = (
      await t.gql<Page>(page, { id: conversationId, after: first.pageInfo.endCursor }, ben.token)
    ).data!.conversation.messages;
    expect(second.edges[0].node.body).toBe('m19');
    const inbox = (n: number) =>
      `{ conversations(first: ${n}) { edges { node { id title unreadCount participants { handle } lastMessage { body author { handle } } } } } }`;
    const small = await t.countQueries(() => t.gql(inbox(1), {}, ben.token));
    const large = await t.countQueries(() => t.gql(inbox(50), {}, ben.token));
    expect(large).toBe(small);
  });
});
