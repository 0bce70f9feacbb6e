import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { LOGIN, ME, PASSWORD, apply, count, memberWithRole } from '../support/members.fixtures';

const LOGOUT = 'mutation { logout }';

describe('login, sessions and logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const { email } = await apply(t);
    const wrong = await t.gql(LOGIN, { email, password: 'not the password at all' });
    const unknown = await t.gql(LOGIN, { email: 'nobody@example.org', password: PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toMatchObject({
        message: 'Email or password is incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('refuses empty credentials with per-field messages', async () => {
    const res = await t.gql(LOGIN, { email: '', password: '' });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { email: 'is required', password: 'is required' },
    });
  });

  it('tells a rejected applicant why, and opens no session', async () => {
    const moderator = await memberWithRole(t, MemberRole.MODERATOR);
    const applicant = await apply(t);
    await t.gql(
      'mutation($id: ID!) { rejectMember(memberId: $id, reason: "Your motivation does not mention a place.") { id } }',
      { id: applicant.member.id },
      moderator.token,
    );
    const sessionsBefore = await count(
      t,
      'sessions',
      `member_id = '${applicant.member.id}' AND revoked_at IS NULL`,
    );
    const res = await t.gql(LOGIN, { email: applicant.email, password: PASSWORD });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      status: 'REJECTED',
      reason: 'Your motivation does not mention a place.',
    });
    expect(res.errors?.[0].message).toContain('Your motivation does not mention a place.');
    expect(sessionsBefore).toBe(0);
    expect(
      await count(t, 'sessions', `member_id = '${applicant.member.id}' AND revoked_at IS NULL`),
    ).toBe(0);
  });

  it('tells a suspended member why and until when', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const until = new Date(Date.now() + 7 * 86_400_000);
    await t.dataSource.query(
      `UPDATE members SET status = 'SUSPENDED', suspension_reason = 'Repeated spam', suspended_until = $2 WHERE id = $1`,
      [member.id, until],
    );
    const res = await t.gql(LOGIN, { email: member.email, password: PASSWORD });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      status: 'SUSPENDED',
      reason: 'Repeated spam',
      until: until.toISOString(),
    });
    // The old session no longer works either.
    const me = await t.gql<{ me: unknown }>(ME, {}, member.token);
    expect(me.data!.me).toBeNull();
  });

  it('ends the session at logout: the token and cookie stop working', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const before = await t.gql<{ me: { id: string } }>(ME, {}, member.token);
    expect(before.data!.me.id).toBe(member.id);
    const out = await t.gql<{ logout: boolean }>(LOGOUT, {}, member.token);
    expect(out.data!.logout).toBe(true);
    expect(String(out.headers['set-cookie'])).toMatch(/wo_session=;/);
    const after = await t.gql<{ me: unknown }>(ME, {}, member.token);
    expect(after.data!.me).toBeNull();
    const again = await t.gql(LOGOUT, {}, member.token);
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the session cookie as well as the bearer token', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `wo_session=${member.token}` },
      body: JSON.stringify({ query: ME }),
    });
    const body = (await res.json()) as { data: { me: { id: string } } };
    expect(body.data.me.id).toBe(member.id);
  });

  it('ignores a forged or oversized token', async () => {
    for (const token of ['forged', 'x'.repeat(5000)]) {
      const res = await t.gql<{ me: unknown }>(ME, {}, token);
      expect(res.data!.me).toBeNull();
    }
  });

  it('lets a PENDING member sign out', async () => {
    const pending = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const out = await t.gql<{ logout: boolean }>(LOGOUT, {}, pending.token);
    expect(out.data!.logout).toBe(true);
  });
});

describe('rate limits on sign-in and registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_LOGIN_PER_15MIN: '3', RATE_LIMIT_REGISTER_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED after too many failed sign-ins, even with the right password', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER); // one successful login resets its count
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(LOGIN, { email: member.email, password: 'wrong password here' });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(LOGIN, { email: member.email, password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('limits registrations per address and stores nothing once limited', async () => {
    await apply(t);
    await apply(t);
    const before = await count(t, 'members');
    await expect(apply(t)).rejects.toThrow(/RATE_LIMITED/);
    expect(await count(t, 'members')).toBe(before);
  });
});
