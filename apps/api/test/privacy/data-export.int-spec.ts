import * as fs from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createEvent, RSVP } from '../support/events.fixtures';
import { count, memberWithRole } from '../support/members.fixtures';
import {
  block,
  contentOf,
  download,
  MY_EXPORTS,
  REQUEST_EXPORT,
  unzipJson,
  type ExportView,
} from '../support/privacy.fixtures';
import { connectAs, record } from '../support/sockets';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { DataExportsService } from '@wide-open/api/privacy';

type Archive = Record<string, unknown> & {
  profile: Record<string, unknown>;
  posts: Array<{ id: string; body: string; revisions: Array<{ body: string }> }>;
  messagesSent: Array<{ id: string; body: string }>;
};

describe('download my data', () => {
  let t: TestApp;
  let me: { id: string; email: string; token: string };
  let other: { id: string; email: string; token: string };
  let content: Awaited<ReturnType<typeof contentOf>>;
  let theirs: Awaited<ReturnType<typeof contentOf>>;
  let event: { id: string };

  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000',
      RATE_LIMIT_DATA_EXPORTS_PER_DAY: '3',
    });
    me = await memberWithRole(t, MemberRole.MEMBER);
    other = await memberWithRole(t, MemberRole.MEMBER);
    content = await contentOf(t, me, other, 'compost');
    // The same again from the other side: `me` replies and answers there.
    theirs = await contentOf(t, other, me, 'beehive');
    await block(t, me, other);
    const ambassador = await memberWithRole(t, MemberRole.AMBASSADOR);
    event = await createEvent(t, ambassador.token, { title: 'Meetup compost' });
    await t.gql(RSVP, { id: event.id, status: 'MAYBE' }, me.token);
    // Two members' worth of content through the API: slow when the whole suite shares the CPU.
  }, 90_000);
  afterAll(() => t.close());

  async function exportsOf(token: string) {
    const res = await t.gql<{ myDataExports: Array<ExportView & { bytes: number | null }> }>(
      MY_EXPORTS,
      {},
      token,
    );
    return res.data!.myDataExports;
  }

  async function readyExport(token: string, id: string) {
    let ready: ExportView | undefined;
    await eventually(async () => {
      ready = (await exportsOf(token)).find((e) => e.id === id);
      expect(ready?.status).toBe('READY');
    }, 20_000);
    return ready!;
  }

  it('builds the archive in the background, with live progress up to 100, and lets its owner download it', async () => {
    const socket = await connectAs(t.url, me.token);
    const progress = record<{ id: string; status: string; progress: number }>(
      socket,
      'dataExport:progress',
    );
    try {
      const res = await t.gql<{ requestDataExport: ExportView }>(REQUEST_EXPORT, {}, me.token);
      expect(res.errors).toBeUndefined();
      const requested = res.data!.requestDataExport;
      expect(requested).toMatchObject({ status: 'QUEUED', progress: 0, downloadUrl: null });

      const ready = await readyExport(me.token, requested.id);
      expect(ready).toMatchObject({
        progress: 100,
        downloadUrl: `/privacy/exports/${requested.id}/download`,
      });
      await eventually(() =>
        expect(progress.at(-1)).toEqual({ id: requested.id, status: 'READY', progress: 100 }),
      );
      // Progress only grows, and was seen on the way (not only the end).
      const values = progress.map((p) => p.progress);
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(
        progress.some((p) => p.status === 'RUNNING' && p.progress > 0 && p.progress < 100),
      ).toBe(true);

      const file = await download(t, ready.downloadUrl!, me.token);
      expect(file.status).toBe(200);
      expect(file.headers['content-disposition']).toMatch(
        /^attachment; filename="wide-open-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(file.headers['content-type']).toContain('application/json');
      expect(file.headers['cache-control']).toBe('private, no-store');
      const archive = unzipJson(file.body) as Archive;
      expect(archive['format']).toBe('wide-open/member-data/1');
      expect(archive.profile).toMatchObject({
        id: me.id,
        email: me.email,
        headline: 'Headline compost',
        bio: 'Bio compost',
        locale: 'en',
        skills: ['permaculture'],
      });
      expect(archive.profile).not.toHaveProperty('passwordHash');
      expect(JSON.stringify(archive)).not.toMatch(/argon2|password_hash|token_hash/);

      // Their own content, every kind of it.
      expect(archive['placesCreated']).toEqual([
        expect.objectContaining({ id: content.place.id, slug: content.place.slug }),
      ]);
      expect(archive['placeTeams']).toEqual([
        expect.objectContaining({ placeId: content.place.id }),
      ]);
      expect(archive['lessons']).toEqual([expect.objectContaining({ title: 'Lesson compost' })]);
      expect(archive['threads']).toEqual([expect.objectContaining({ id: content.thread.id })]);
      const post = archive.posts.find((p) => p.id === content.post.id)!;
      expect(post.body).toBe('Second wording compost');
      expect(post.revisions.map((r) => r.body)).toEqual(['First wording compost']);
      expect(archive['reactions']).toEqual([
        expect.objectContaining({ postId: content.reply.id, emoji: '👍' }),
      ]);
      expect(archive['placesFollowed']).toEqual(
        expect.arrayContaining([expect.objectContaining({ placeId: content.place.id })]),
      );
      expect(archive.messagesSent.map((m) => m.id).sort()).toEqual(
        [content.message.id, theirs.theirMessage.id].sort(),
      );
      expect(archive.messagesSent.map((m) => m.body)).toContain('My message compost');
      expect(archive['reportsFiled']).toEqual([
        expect.objectContaining({ targetId: content.reply.id, reason: 'Reported because compost' }),
      ]);
      expect(archive['eventAnswers']).toEqual([
        expect.objectContaining({ eventId: event.id, title: 'Meetup compost', status: 'MAYBE' }),
      ]);
      expect(archive['eventsOrganized']).toEqual([]);
      expect(archive['blockedMembers']).toEqual([expect.objectContaining({ memberId: other.id })]);
      expect((archive['notifications'] as unknown[]).length).toBeGreaterThan(0);
      expect(archive['uploads']).toEqual([expect.objectContaining({ id: content.avatar.id })]);
      expect(archive['sessions']).toEqual(
        expect.arrayContaining([expect.objectContaining({ revokedAt: null })]),
      );

      // Nothing of anyone else: not the other side's messages, posts, places or email.
      const text = JSON.stringify(archive);
      for (const theirWords of [
        'Their secret answer compost',
        'Reply by the other side to compost',
        'My message beehive',
        'wording beehive',
        'Lesson beehive',
        'Headline beehive',
        other.email,
      ]) {
        expect(text).not.toContain(theirWords);
      }
    } finally {
      socket.close();
    }
  });

  it('serves the archive only to its owner: another member and anonymous visitors get 404', async () => {
    const [ready] = (await exportsOf(me.token)).filter((e) => e.status === 'READY');
    expect((await download(t, ready.downloadUrl!, other.token)).status).toBe(404);
    expect((await download(t, ready.downloadUrl!)).status).toBe(404);
    expect(
      (await t.gql(`query($id: ID!) { dataExport(id: $id) { id } }`, { id: ready.id }, other.token))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await exportsOf(other.token)).map((e) => e.id)).not.toContain(ready.id);
    expect((await download(t, '/privacy/exports/not-an-id/download', me.token)).status).toBe(404);
    // A client that does not accept gzip gets the plain JSON.
    const plain = await request(t.app.getHttpServer())
      .get(ready.downloadUrl!)
      .set('authorization', `Bearer ${me.token}`)
      .set('accept-encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body as Archive).profile.id).toBe(me.id);
  });

  it('answers the export already waiting instead of queuing a second one, and limits requests', async () => {
    const first = (await t.gql<{ requestDataExport: ExportView }>(REQUEST_EXPORT, {}, other.token))
      .data!.requestDataExport;
    const again = (await t.gql<{ requestDataExport: ExportView }>(REQUEST_EXPORT, {}, other.token))
      .data!.requestDataExport;
    expect(again.id).toBe(first.id);
    expect(
      await count(
        t,
        'data_exports',
        `member_id = '${other.id}' AND status IN ('QUEUED', 'RUNNING')`,
      ),
    ).toBeLessThanOrEqual(1);
    await readyExport(other.token, first.id);
    // RATE_LIMIT_DATA_EXPORTS_PER_DAY=3: two more, then RATE_LIMITED.
    for (let i = 0; i < 2; i++) {
      const next = (await t.gql<{ requestDataExport: ExportView }>(REQUEST_EXPORT, {}, other.token))
        .data!.requestDataExport;
      await readyExport(other.token, next.id);
    }
    const refused = await t.gql(REQUEST_EXPORT, {}, other.token);
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(await count(t, 'data_exports', `member_id = '${other.id}'`)).toBe(3);
  });

  it('lets applicants (PENDING) export too, and refuses anonymous requests', async () => {
    const applicant = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const res = await t.gql<{ requestDataExport: ExportView }>(REQUEST_EXPORT, {}, applicant.token);
    expect(res.errors).toBeUndefined();
    await readyExport(applicant.token, res.data!.requestDataExport.id);
    expect((await t.gql(REQUEST_EXPORT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('deletes expired archives on a schedule, and no longer serves them', async () => {
    const [ready] = (await exportsOf(me.token)).filter((e) => e.status === 'READY');
    const file = path.join(t.config.dataDir, 'exports', `${ready.id}.json.gz`);
    expect(fs.existsSync(file)).toBe(true);
    await t.dataSource.query(
      `UPDATE data_exports SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [ready.id],
    );
    expect((await download(t, ready.downloadUrl!, me.token)).status).toBe(404);
    const [schedule] = await t.dataSource.query<Array<{ cron: string }>>(
      `SELECT cron FROM pgboss.schedule WHERE name = 'privacy.exports.cleanup'`,
    );
    expect(schedule.cron).toBe('17 * * * *');
    // Run the scheduled job's work now rather than waiting for the hour.
    expect(await t.app.get(DataExportsService).removeExpired()).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(file)).toBe(false);
    expect(await count(t, 'data_exports', `id = '${ready.id}'`)).toBe(0);
  });
});
