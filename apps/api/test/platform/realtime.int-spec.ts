import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { apply, memberWithRole } from '../support/members.fixtures';

/** Connects and resolves once connected, or rejects with the server's refusal. */
function connect(
  t: TestApp,
  options: { token?: string; origin?: string; cookie?: string } = {},
): Promise<Socket> {
  const socket = io(t.url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: options.token ? { token: options.token } : {},
    extraHeaders: {
      ...(options.origin ? { origin: options.origin } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

function next<T>(socket: Socket, event: string, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

describe('socket.io connections', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  it('refuses a connection without a session with connect_error UNAUTHENTICATED', async () => {
    await expect(connect(t)).rejects.toThrow('UNAUTHENTICATED');
    await expect(connect(t, { token: 'forged-token' })).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a PENDING applicant', async () => {
    const pending = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    await expect(connect(t, { token: pending.token })).rejects.toThrow('UNAUTHENTICATED');
  });

  it('accepts an ACTIVE member by token or by session cookie', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    sockets.push(await connect(t, { token: member.token }));
    sockets.push(
      await connect(t, { cookie: `wo_session=${member.token}`, origin: 'http://localhost:3000' }),
    );
    expect(sockets.every((s) => s.connected)).toBe(true);
  });

  it('refuses a browser handshake from another origin (cross-site websocket hijacking)', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    await expect(
      connect(t, { cookie: `wo_session=${member.token}`, origin: 'https://evil.example' }),
    ).rejects.toThrow();
  });

  it('tells connected moderators of each new application, and no one else', async () => {
    const moderator = await memberWithRole(t, MemberRole.MODERATOR);
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const moderatorSocket = await connect(t, { token: moderator.token });
    const memberSocket = await connect(t, { token: member.token });
    sockets.push(moderatorSocket, memberSocket);
    let memberHeard = false;
    memberSocket.on('application:new', () => (memberHeard = true));
    const heard = next<{ memberId: string }>(moderatorSocket, 'application:new');
    const applicant = await apply(t);
    expect(await heard).toEqual({ memberId: applicant.member.id });
    await new Promise((r) => setTimeout(r, 200));
    expect(memberHeard).toBe(false);
  });

  it('disconnects the sockets of a session when it signs out, and only those', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const other = await memberWithRole(t, MemberRole.MEMBER);
    const socket = await connect(t, { token: member.token });
    const otherSocket = await connect(t, { token: other.token });
    sockets.push(socket, otherSocket);
    const revoked = next<{ reason: string }>(socket, 'session:revoked');
    const disconnected = next<string>(socket, 'disconnect');
    await t.gql('mutation { logout }', {}, member.token);
    expect(await revoked).toEqual({ reason: 'signed-out' });
    expect(await disconnected).toBe('io server disconnect');
    expect(otherSocket.connected).toBe(true);
    await expect(connect(t, { token: member.token })).rejects.toThrow('UNAUTHENTICATED');
  });
});

describe('health', () => {
  it('answers 503 when the database does not', async () => {
    const t = await createTestApp();
    try {
      expect((await request(t.app.getHttpServer()).get('/health')).status).toBe(200);
      await t.dataSource.destroy();
      const res = await request(t.app.getHttpServer()).get('/health');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable' });
    } finally {
      await t.close();
    }
  });
});
