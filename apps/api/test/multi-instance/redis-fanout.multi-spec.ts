import { io, type Socket } from 'socket.io-client';
import { MemberRole } from '@wide-open/shared/contracts';
import { gqlAt, startApiProcess, type ApiProcess } from '../support/api-process';
import { applicationInput, LOGIN, PASSWORD, REGISTER } from '../support/members.fixtures';
import { createSuiteDatabase } from '../support/test-database';
import { PasswordService } from '@wide-open/api/accounts';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';

jest.setTimeout(120_000);

const redisUrl = process.env['REDIS_URL'];
if (!redisUrl)
  throw new Error(
    'The multi-instance suite needs REDIS_URL (run by .ci/run against the machine’s Redis)',
  );

/**
 * Two API processes on one PostgreSQL and one Redis: an event raised on instance A reaches a
 * socket connected to instance B through the socket.io Redis adapter, and rate limits are
 * shared rather than multiplied by the number of instances.
 */
describe('several API instances behind one Redis', () => {
  let a: ApiProcess;
  let b: ApiProcess;
  let db: { url: string; drop(): Promise<void> };
  const sockets: Socket[] = [];

  beforeAll(async () => {
    db = await createSuiteDatabase();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `wo-multi-${Date.now().toString(36)}:`,
      SEED_DEMO: 'false',
      RATE_LIMIT_LOGIN_PER_15MIN: '4',
      LOG_LEVEL: 'warn',
    };
    [a, b] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  async function moderatorToken(url: string): Promise<string> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const email = `mod-${Date.now().toString(36)}@example.org`;
    await client.query(
      `INSERT INTO members (id, email, password_hash, handle, display_name, status, role, community_role, motivation)
       VALUES ($1, $2, $3, $4, 'Moderator', 'ACTIVE', $5, 'PRACTITIONER', 'seeded')`,
      [
        uuidv7(),
        email,
        await new PasswordService().hash(PASSWORD),
        `mod-${Date.now().toString(36)}`,
        MemberRole.MODERATOR,
      ],
    );
    await client.end();
    const res = await gqlAt<{ login: { token: string } }>(url, LOGIN, {
      email,
      password: PASSWORD,
    });
    return res.data!.login.token;
  }

  it('delivers an event raised on instance A to a socket connected to instance B', async () => {
    const token = await moderatorToken(b.url);
    const socket = io(b.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token },
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const heard = new Promise<{ memberId: string }>((resolve) =>
      socket.once('application:new', resolve),
    );
    const registered = await gqlAt<{ register: { member: { id: string } } }>(a.url, REGISTER, {
      input: applicationInput(),
    });
    expect(await heard).toEqual({ memberId: registered.data!.register.member.id });
  });

  it('shares rate limits between instances', async () => {
    const input = applicationInput();
    await gqlAt(a.url, REGISTER, { input });
    const codes: Array<string | undefined> = [];
    for (const url of [a.url, b.url, a.url, b.url, a.url]) {
      const res = await gqlAt(url, LOGIN, {
        email: input.email,
        password: 'wrong password, again',
      });
      codes.push(res.errors?.[0].extensions?.code);
    }
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
  });
});
