import { createTestApp, eventually, type TestApp } from '../support/test-app';
import {
  LOGIN,
  ME,
  PASSWORD,
  REGISTER,
  applicationInput,
  count,
  memberWithRole,
} from '../support/members.fixtures';
import { MemberRole } from '@wide-open/shared/contracts';

describe('register (applying to join)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates a PENDING applicant who is signed in, with an httpOnly SameSite session cookie', async () => {
    const input = applicationInput({
      displayName: 'Zoë Dupont',
      communityRole: 'RESEARCHER',
      locale: 'fr',
    });
    const res = await t.gql<{ register: { token: string; member: Record<string, unknown> } }>(
      REGISTER,
      { input },
    );
    expect(res.errors).toBeUndefined();
    const { token, member } = res.data!.register;
    expect(member).toMatchObject({
      status: 'PENDING',
      role: 'MEMBER',
      communityRole: 'RESEARCHER',
      email: input.email,
      motivation: input.motivation,
      handle: 'zoe-dupont',
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/wo_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await t.gql<{ me: { id: string; status: string } }>(ME, {}, token);
    expect(me.data!.me).toMatchObject({ id: member['id'], status: 'PENDING' });
    const stored = await t.dataSource.query<Array<{ password_hash: string }>>(
      'SELECT password_hash FROM members WHERE id = $1',
      [member['id']],
    );
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('tells the applicant by email, in their language, and every moderator', async () => {
    await memberWithRole(t, MemberRole.MODERATOR);
    const before = t.outbox().length;
    const input = applicationInput({ displayName: 'Amadou Diallo', locale: 'fr' });
    await t.gql(REGISTER, { input });
    await eventually(() => {
      const mails = t.outbox().slice(before);
      const own = mails.find((m) => m.to === input.email);
      expect(own?.subject).toBe('Wide Open : nous avons reçu votre demande');
      expect(own?.text).toContain("Merci de votre demande d'adhésion");
      const forModerator = mails.find(
        (m) => m.subject === 'New membership application: Amadou Diallo',
      );
      expect(forModerator?.text).toContain(String(input.motivation));
    });
  });

  it('derives a unique handle when two applicants share a name', async () => {
    const first = await t.gql<{ register: { member: { handle: string } } }>(REGISTER, {
      input: applicationInput({ displayName: 'Same Name' }),
    });
    const second = await t.gql<{ register: { member: { handle: string } } }>(REGISTER, {
      input: applicationInput({ displayName: 'Same Name' }),
    });
    expect(first.data!.register.member.handle).toBe('same-name');
    expect(second.data!.register.member.handle).toBe('same-name-2');
  });

  describe('refuses bad input with per-field messages and stores nothing', () => {
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['a password under 10 characters', { password: 'short' }, 'password', /between 10 and 128/],
      [
        'a 200-character password',
        { password: 'x'.repeat(100) + 'y'.repeat(100) },
        'password',
        /between 10 and 128/,
      ],
      ['one of the most common passwords', { password: 'password123' }, 'password', /most common/],
      [
        'a password containing the name',
        { password: 'martin-is-great', displayName: 'Martin Leroy' },
        'password',
        /name or email/,
      ],
      ['an empty motivation', { motivation: '' }, 'motivation', /between 20 and 2000/],
      [
        'a 2001-character motivation',
        { motivation: 'm'.repeat(2001) },
        'motivation',
        /between 20 and 2000/,
      ],
      ['an invalid email', { email: 'not-an-email' }, 'email', /valid email/],
      ['a one-letter name', { displayName: 'A' }, 'displayName', /between 2 and 80/],
      ['a handle with spaces', { handle: 'my handle' }, 'handle', /lower-case letters/],
      ['an unknown language', { locale: 'de' }, 'locale', /fr or en/],
    ];
    it.each(cases)('%s', async (_label, overrides, field, message) => {
      const before = await count(t, 'members');
      const res = await t.gql(REGISTER, { input: applicationInput(overrides) });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[field]).toMatch(message);
      expect(await count(t, 'members')).toBe(before);
    });

    it('a missing motivation', async () => {
      const before = await count(t, 'members');
      const { motivation: _omitted, ...input } = applicationInput();
      const res = await t.gql(REGISTER, { input });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/motivation/);
      expect(await count(t, 'members')).toBe(before);
    });

    it('an unknown community role', async () => {
      const res = await t.gql(REGISTER, { input: applicationInput({ communityRole: 'WIZARD' }) });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/communityRole|WIZARD/);
    });
  });

  it('refuses a duplicate email, whatever its case, with CONFLICT and nothing changed', async () => {
    const input = applicationInput();
    await t.gql(REGISTER, { input });
    const before = await count(t, 'members');
    const res = await t.gql(REGISTER, {
      input: applicationInput({
        email: String(input.email).toUpperCase(),
        displayName: 'Someone Else',
      }),
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { email: expect.stringMatching(/already registered/) },
    });
    expect(await count(t, 'members')).toBe(before);
  });

  it('refuses a taken handle', async () => {
    await t.gql(REGISTER, { input: applicationInput({ handle: 'taken-handle' }) });
    const res = await t.gql(REGISTER, { input: applicationInput({ handle: 'taken-handle' }) });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { handle: 'is already taken' },
    });
  });

  it('lets a PENDING applicant read public content but nothing reserved to members', async () => {
    const res = await t.gql<{ register: { token: string } }>(REGISTER, {
      input: applicationInput(),
    });
    const token = res.data!.register.token;
    const places = await t.gql('{ places(first: 5) { edges { node { name } } } }', {}, token);
    expect(places.errors).toBeUndefined();
    const queue = await t.gql('{ membershipApplications { edges { node { id } } } }', {}, token);
    expect(queue.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', status: 'PENDING' });
  });

  it('signs an applicant in with the password they chose', async () => {
    const input = applicationInput();
    await t.gql(REGISTER, { input });
    const res = await t.gql<{ login: { member: { status: string } } }>(LOGIN, {
      email: String(input.email).toUpperCase(),
      password: PASSWORD,
    });
    expect(res.data!.login.member.status).toBe('PENDING');
  });
});
