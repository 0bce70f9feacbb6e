import { io, type Socket } from 'socket.io-client';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { PasswordService } from '@wide-open/api/accounts';
import { MemberRole } from '@wide-open/shared/contracts';
import { freePort, gqlAt, startApiProcess, type ApiProcess } from '../support/api-process';
import { LOGIN, PASSWORD } from '../support/members.fixtures';
import { createSuiteDatabase } from '../support/test-database';

jest.setTimeout(180_000);

const redisUrl = process.env['REDIS_URL'];
if (!redisUrl)
  throw new Error(
    'The multi-instance suite needs REDIS_URL (run by .ci/run against the machine’s Redis)',
  );

type Payload = { id: string; clientMessageId: string; body: string };

/**
 * A sender connected to instance A keeps sending through an outbox (resend until acknowledged)
 * while A is killed and restarted; the recipient is on instance B. Afterwards every message is
 * stored exactly once and the recipient has each exactly once (live events plus `sync`).
 */
describe('messaging across instances, through a crash', () => {
  let db: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;
  let a: ApiProcess;
  let b: ApiProcess;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    db = await createSuiteDatabase();
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `wo-msg-${Date.now().toString(36)}:`,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MESSAGES_PER_MINUTE: '10000',
    };
    [a, b] = await Promise.all([
      startApiProcess({ ...env, PORT: String(await freePort()) }),
      startApiProcess(env),
    ]);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  async function member(handle: string): Promise<{ id: string; token: string }> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const id = uuidv7();
    await client.query(
      `INSERT INTO members (id, email, password_hash, handle, display_name, status, role, community_role, motivation)
       VALUES ($1, $2, $3, $4, $4, 'ACTIVE', $5, 'PRACTITIONER', 'seeded')`,
      [
        id,
        `${handle}@example.org`,
        await new PasswordService().hash(PASSWORD),
        handle,
        MemberRole.MEMBER,
      ],
    );
    await client.end();
    const res = await gqlAt<{ login: { token: string } }>(a.url, LOGIN, {
      email: `${handle}@example.org`,
      password: PASSWORD,
    });
    return { id, token: res.data!.login.token };
  }

  it('loses and duplicates nothing when the sender’s instance is killed mid-conversation', async () => {
    const ana = await member(`ana-${Date.now().toString(36)}`);
    const ben = await member(`ben-${Date.now().toString(36)}`);
    const opened = await gqlAt<{ sendMessage: { id: string; conversationId: string } }>(
      a.url,
      `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id conversationId } }`,
      { i: { recipientIds: [ben.id], body: 'start', clientMessageId: `start-${ana.id}` } },
      ana.token,
    );
    const { conversationId, id: firstId } = opened.data!.sendMessage;

    const benSocket = io(b.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: ben.token },
    });
    sockets.push(benSocket);
    const received: Payload[] = [];
    benSocket.on('message:new', (m: Payload) => received.push(m));
    await new Promise<void>((resolve) => benSocket.once('connect', () => resolve()));

    // The sender: an outbox resent until each message is acknowledged, reconnecting as needed.
    const anaSocket = io(a.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: ana.token },
      reconnectionDelay: 100,
      reconnectionDelayMax: 300,
    });
    sockets.push(anaSocket);
    const outbox = Array.from({ length: 40 }, (_, i) => ({
      conversationId,
      body: `message ${i}`,
      clientMessageId: `${ana.id.slice(-8)}-${i}`,
    }));
    const acknowledged = new Set<string>();
    const sender = (async () => {
      for (const item of outbox) {
        while (!acknowledged.has(item.clientMessageId)) {
          if (!anaSocket.connected) {
            await new Promise((r) => setTimeout(r, 50));
            continue;
          }
          try {
            const ack = (await anaSocket.timeout(1000).emitWithAck('message:send', item)) as {
              message?: Payload;
            };
            if (ack.message) acknowledged.add(item.clientMessageId);
          } catch {
            // no acknowledgement (instance down): resend the same clientMessageId
          }
        }
      }
    })();

    // Kill instance A abruptly once a quarter of the outbox is through, and bring it back.
    while (acknowledged.size < 10) await new Promise((r) => setTimeout(r, 5));
    a.child.kill('SIGKILL');
    await a.exited;
    a = await startApiProcess({ ...env, PORT: new URL(a.url).port });
    await sender;

    const client = new Client({ connectionString: db.url });
    await client.connect();
    const stored = await client.query<{ client_message_id: string; n: number }>(
      `SELECT client_message_id, count(*)::int AS n FROM messages WHERE conversation_id = $1 AND client_message_id <> $2 GROUP BY client_message_id`,
      [conversationId, `start-${ana.id}`],
    );
    await client.end();
    expect(stored.rows).toHaveLength(outbox.length);
    expect(stored.rows.every((r) => r.n === 1)).toBe(true);

    // What B's client has: live events, completed by `sync` for anything emitted while A was down.
    const synced = (await benSocket.timeout(5000).emitWithAck('sync', { after: firstId })) as {
      messages: Payload[];
    };
    const seen = new Map<string, Payload>();
    for (const m of [...received, ...synced.messages]) seen.set(m.id, m);
    expect([...seen.values()].map((m) => m.clientMessageId).sort()).toEqual(
      outbox.map((o) => o.clientMessageId).sort(),
    );
    expect(synced.messages.map((m) => m.body)).toEqual(outbox.map((o) => o.body));
    expect(acknowledged.size).toBe(outbox.length);
  });
});
