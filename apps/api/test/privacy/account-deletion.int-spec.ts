import * as fs from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createEvent, RSVP } from '../support/events.fixtures';
import { png } from '../support/images';
import { count, LOGIN, ME, memberWithRole, PASSWORD } from '../support/members.fixtures';
import { notificationsOf } from '../support/notifications.fixtures';
import {
  block,
  contentOf,
  DELETE_ACCOUNT,
  REQUEST_EXPORT,
  type ExportView,
} from '../support/privacy.fixtures';
import { connectAs, record } from '../support/sockets';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { upload } from '../support/uploads';

const THREAD = `query($id: ID!) {
  thread(id: $id) {
    author { id handle displayName isFormerMember email avatarUrl }
    posts { edges { node { id body author { displayName isFormerMember } } } }
  }
}`;
const CONVERSATION = `query($id: ID!) {
  conversation(id: $id) { messages { edges { node { body author { displayName } } } } }
}`;

type Member = { id: string; email: string; token: string };

describe('delete my account', () => {
  let t: TestApp;
  let reader: Member;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000' });
    reader = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  const memberRow = async (id: string) =>
    (
      await t.dataSource.query<Array<Record<string, unknown>>>(
        `SELECT * FROM members WHERE id = $1`,
        [id],
      )
    )[0];

  it('refuses a wrong password with a field error and changes nothing', async () => {
    const me = await memberWithRole(t, MemberRole.MEMBER);
    await contentOf(t, me, reader, 'wrong');
    const before = await memberRow(me.id);
    const tables = ['sessions', 'notifications', 'place_followers', 'uploads', 'member_blocks'];
    const counts = await Promise.all(tables.map((table) => count(t, table)));

    const res = await t.gql(DELETE_ACCOUNT, { p: 'not my password at all' }, me.token);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: 'is not your current password' },
    });
    expect(await memberRow(me.id)).toEqual(before);
    expect(await Promise.all(tables.map((table) => count(t, table)))).toEqual(counts);
    expect((await t.gql<{ me: { id: string } }>(ME, {}, me.token)).data!.me.id).toBe(me.id);
  }, 60_000);

  it('removes the personal data, keeps public posts as "former member", signs out everywhere at once', async () => {
    const me = await memberWithRole(t, MemberRole.MEMBER);
    const content = await contentOf(t, me, reader, 'nettle');
    await block(t, reader, me);
    const second = await t.gql<{ login: { token: string } }>(LOGIN, {
      email: me.email,
      password: PASSWORD,
    });
    const otherDevice = second.data!.login.token;
    const pending = (await t.gql<{ requestDataExport: ExportView }>(REQUEST_EXPORT, {}, me.token))
      .data!.requestDataExport;
    const avatarFile = path.join(t.config.uploads.dir, 'images', content.avatar.id, 'small.webp');
    expect(fs.existsSync(avatarFile)).toBe(true);

    const sockets = [await connectAs(t.url, me.token), await connectAs(t.url, otherDevice)];
    const revoked = sockets.map((s) => record<{ reason: string }>(s, 'session:revoked'));
    const logBefore = await count(t, 'moderation_actions');

    const res = await t.gql<{ deleteAccount: boolean }>(DELETE_ACCOUNT, { p: PASSWORD }, me.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteAccount).toBe(true);
    expect(String(res.headers['set-cookie'])).toMatch(/wo_session=;|Expires=Thu, 01 Jan 1970/);

    // Sockets on every device are told and disconnected at once.
    await eventually(() => {
      for (const socket of sockets) expect(socket.connected).toBe(false);
    });
    expect(revoked.map((r) => r[0]?.reason)).toEqual(['account-deleted', 'account-deleted']);

    // Personal data gone; the row stays only so that contributions keep an author.
    const row = await memberRow(me.id);
    expect(row).toMatchObject({
      status: MemberStatus.DELETED,
      display_name: '',
      headline: null,
      bio: null,
      city: null,
      country: null,
      skills: [],
      links: [],
      avatar_url: null,
      avatar_upload_id: null,
      motivation: '',
      role: MemberRole.MEMBER,
    });
    expect(row['email']).not.toBe(me.email);
    expect(row['email']).toMatch(/@deleted\.invalid$/);
    expect(row['handle']).toMatch(/^~deleted-/);
    expect(row['password_hash']).not.toMatch(/argon2/);
    expect(row['deleted_at']).toBeInstanceOf(Date);
    expect(fs.existsSync(avatarFile)).toBe(false);
    for (const [table, where] of [
      ['sessions', `member_id = '${me.id}'`],
      ['notifications', `member_id = '${me.id}'`],
      ['place_followers', `member_id = '${me.id}'`],
      ['thread_subscriptions', `member_id = '${me.id}'`],
      ['member_blocks', `blocker_id = '${me.id}' OR blocked_id = '${me.id}'`],
      ['data_exports', `member_id = '${me.id}'`],
      ['uploads', `owner_id = '${me.id}'`],
    ] as const) {
      expect([table, await count(t, table, where)]).toEqual([table, 0]);
    }
    expect(await count(t, 'data_exports', `id = '${pending.id}'`)).toBe(0);
    // The moderation log is append-only: nothing removed.
    expect(await count(t, 'moderation_actions')).toBe(logBefore);

    // Public contributions remain, signed "former member" in the reader's language; no email.
    const thread = await t.gql<{
      thread: {
        author: Record<string, unknown>;
        posts: {
          edges: Array<{ node: { id: string; body: string; author: { displayName: string } } }>;
        };
      };
    }>(THREAD, { id: content.thread.id }, reader.token);
    expect(thread.data!.thread.author).toMatchObject({
      id: me.id,
      displayName: 'Former member',
      isFormerMember: true,
      email: null,
      avatarUrl: null,
    });
    const post = thread.data!.thread.posts.edges.find((e) => e.node.id === content.post.id)!;
    expect(post.node).toMatchObject({
      body: 'Second wording nettle',
      author: { displayName: 'Former member' },
    });
    const reply = thread.data!.thread.posts.edges.find((e) => e.node.id === content.reply.id)!;
    expect(reply.node.author.displayName).toBe('Test MEMBER');
    const fr = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'fr-FR,fr;q=0.9')
      .set('authorization', `Bearer ${reader.token}`)
      .send({ query: THREAD, variables: { id: content.thread.id } });
    expect(
      (fr.body as { data: { thread: { author: { displayName: string } } } }).data.thread.author
        .displayName,
    ).toBe('Ancien membre');
    const conversation = await t.gql<{
      conversation: {
        messages: { edges: Array<{ node: { body: string; author: { displayName: string } } }> };
      };
    }>(CONVERSATION, { id: content.message.conversationId }, reader.token);
    expect(
      conversation.data!.conversation.messages.edges.find(
        (e) => e.node.body === 'My message nettle',
      )!.node.author.displayName,
    ).toBe('Former member');
    // The place they created stays, the lesson too.
    expect(await count(t, 'places', `id = '${content.place.id}'`)).toBe(1);
    expect(await count(t, 'lessons', `author_id = '${me.id}'`)).toBe(1);

    // Old tokens are refused, sockets too, sign-in too; the profile is gone from the directory.
    for (const token of [me.token, otherDevice]) {
      expect((await t.gql<{ me: unknown }>(ME, {}, token)).data!.me).toBeNull();
      expect((await t.gql(REQUEST_EXPORT, {}, token)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      await expect(connectAs(t.url, token)).rejects.toThrow('UNAUTHENTICATED');
    }
    const login = await t.gql(LOGIN, { email: me.email, password: PASSWORD });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const handle = row['handle'] as string;
    const profile = await t.gql<{ member: unknown }>(
      `query($h: String!) { member(handle: $h) { id } }`,
      { h: handle },
      reader.token,
    );
    expect(profile.data?.member ?? null).toBeNull();
  }, 60_000);

  it('lets an applicant (PENDING) leave too, and takes their application out of the queue', async () => {
    const applicant = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const moderator = await memberWithRole(t, MemberRole.MODERATOR);
    const res = await t.gql(DELETE_ACCOUNT, { p: PASSWORD }, applicant.token);
    expect(res.errors).toBeUndefined();
    const queue = await t.gql<{
      membershipApplications: { edges: Array<{ node: { id: string } }> };
    }>(`{ membershipApplications { edges { node { id } } } }`, {}, moderator.token);
    expect(queue.data!.membershipApplications.edges.map((e) => e.node.id)).not.toContain(
      applicant.id,
    );
  });

  it("cannot delete someone else's account: the mutation only ever acts on the viewer", async () => {
    const victim = await memberWithRole(t, MemberRole.MEMBER);
    const attacker = await memberWithRole(t, MemberRole.MEMBER);
    // The victim's password, sent by the attacker, is checked against the attacker's own account.
    const res = await t.gql(DELETE_ACCOUNT, { p: 'the victim password guess' }, attacker.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // There is no argument to name another member: the schema refuses one.
    const forged = await t.gql(
      `mutation($p: String!, $id: ID!) { deleteAccount(password: $p, memberId: $id) }`,
      { p: PASSWORD, id: victim.id },
      attacker.token,
    );
    expect(forged.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await t.gql(DELETE_ACCOUNT, { p: PASSWORD })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await memberRow(victim.id))['status']).toBe(MemberStatus.ACTIVE);
    expect((await memberRow(attacker.id))['status']).toBe(MemberStatus.ACTIVE);
  });

  it('refuses to delete the last administrator, and lets an admin go once another remains', async () => {
    await t.dataSource.query(`UPDATE members SET role = 'MEMBER' WHERE role = 'ADMIN'`);
    const admin = await memberWithRole(t, MemberRole.ADMIN);
    const last = await t.gql(DELETE_ACCOUNT, { p: PASSWORD }, admin.token);
    expect(last.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await memberRow(admin.id))['status']).toBe(MemberStatus.ACTIVE);
    await memberWithRole(t, MemberRole.ADMIN);
    expect((await t.gql(DELETE_ACCOUNT, { p: PASSWORD }, admin.token)).errors).toBeUndefined();
    expect((await memberRow(admin.id))['status']).toBe(MemberStatus.DELETED);
  });

  it('gives a deleted member’s seat to the first on the waiting list, and keeps the covers of the events they organized', async () => {
    const organizer = await memberWithRole(t, MemberRole.AMBASSADOR);
    const [leaving, waiting] = [
      await memberWithRole(t, MemberRole.MEMBER),
      await memberWithRole(t, MemberRole.MEMBER),
    ];
    const event = await createEvent(t, organizer.token, { capacity: 1 });
    await t.gql(RSVP, { id: event.id, status: 'GOING' }, leaving.token);
    await t.gql(RSVP, { id: event.id, status: 'GOING' }, waiting.token);
    const cover = await upload(t, organizer.token, await png(600, 300), 'cover.png');
    const covered = await createEvent(t, organizer.token, { coverId: cover.body.id });

    const res = await t.gql(DELETE_ACCOUNT, { p: PASSWORD }, leaving.token);
    expect(res.errors).toBeUndefined();
    expect(await count(t, 'event_rsvps', `member_id = '${leaving.id}'`)).toBe(0);
    const [seat] = await t.dataSource.query<Array<{ waitlisted: boolean }>>(
      'SELECT waitlisted FROM event_rsvps WHERE event_id = $1 AND member_id = $2',
      [event.id, waiting.id],
    );
    expect(seat.waitlisted).toBe(false);
    await eventually(async () =>
      expect(await notificationsOf(t, waiting.id, 'EVENT_SEAT_FREED')).toHaveLength(1),
    );

    // The organizer leaves too: the event and its cover stay for those who answered.
    expect((await t.gql(DELETE_ACCOUNT, { p: PASSWORD }, organizer.token)).errors).toBeUndefined();
    const [{ cover_url }] = await t.dataSource.query<Array<{ cover_url: string }>>(
      'SELECT cover_url FROM events WHERE id = $1',
      [covered.id],
    );
    expect(cover_url).toBe(covered.coverUrl);
    expect((await request(t.app.getHttpServer()).get(cover_url)).status).toBe(200);
  }, 60_000);
});
