import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { CREATE_POST, startThread } from './discussions.fixtures';
import { png } from './images';
import type { TestApp } from './test-app';
import { upload } from './uploads';

export const REQUEST_EXPORT = `mutation { requestDataExport { id status progress downloadUrl } }`;
export const MY_EXPORTS = `{ myDataExports { id status progress downloadUrl expiresAt bytes } }`;
export const DELETE_ACCOUNT = `mutation($p: String!) { deleteAccount(password: $p) }`;

export interface ExportView {
  id: string;
  status: string;
  progress: number;
  downloadUrl: string | null;
}

interface Member {
  id: string;
  token: string;
}

let n = 0;

/**
 * Gives `me` something of everything a member can own or write, with `other` writing beside
 * them (a reply, a message back), so specs can check that only `me`'s side comes out or goes.
 */
export async function contentOf(t: TestApp, me: Member, other: Member, word: string) {
  n += 1;
  const ok = <T>(res: { data?: T | null; errors?: unknown }): T => {
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const avatar = await upload(t, me.token, await png(200, 200));
  ok(
    await t.gql(
      `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`,
      {
        i: {
          headline: `Headline ${word}`,
          bio: `Bio ${word}`,
          city: 'Lyon',
          country: 'FR',
          skills: ['permaculture'],
          links: ['https://example.org/me'],
          avatarId: avatar.body.id,
        },
      },
      me.token,
    ),
  );
  const { createPlace: place } = ok<{ createPlace: { id: string; slug: string } }>(
    await t.gql(
      `mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id slug } }`,
      {
        i: {
          name: `Place ${word} ${n}`,
          summary: `A place where ${word} grows: workshops, a canteen and a garden by the canal.`,
          kinds: ['THIRD_PLACE'],
          city: 'Lyon',
          country: 'FR',
          challenges: ['BUSINESS_MODEL'],
        },
      },
      me.token,
    ),
  );
  ok(
    await t.gql(
      `mutation($p: ID!, $i: LessonInput!) { addLesson(placeId: $p, input: $i) { id } }`,
      {
        p: place.id,
        i: {
          challenge: 'BUSINESS_MODEL',
          title: `Lesson ${word}`,
          whatWeTried: `We tried ${word} on closing days to pay for the hall.`,
          outcome: `It paid for a third of the fitting-out thanks to ${word}.`,
        },
      },
      me.token,
    ),
  );
  const thread = await startThread(t, me.token, { title: `Thread ${word} ${n}` });
  const { createPost: post } = ok<{ createPost: { id: string } }>(
    await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: `First wording ${word}` } },
      me.token,
    ),
  );
  ok(
    await t.gql(
      `mutation($id: ID!, $b: String!) { editPost(postId: $id, body: $b) { id } }`,
      { id: post.id, b: `Second wording ${word}` },
      me.token,
    ),
  );
  // The other member replies in the thread and follows the place; `me` reacts and follows theirs.
  const { createPost: reply } = ok<{ createPost: { id: string } }>(
    await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: `Reply by the other side to ${word}` } },
      other.token,
    ),
  );
  ok(
    await t.gql(
      `mutation($id: ID!) { react(postId: $id, emoji: "👍") { id } }`,
      { id: reply.id },
      me.token,
    ),
  );
  ok(
    await t.gql(
      `mutation($id: ID!) { followPlace(id: $id) { id } }`,
      { id: place.id },
      other.token,
    ),
  );
  ok(await t.gql(`mutation($id: ID!) { followPlace(id: $id) { id } }`, { id: place.id }, me.token));
  const send = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id conversationId } }`;
  const { sendMessage: mine } = ok<{ sendMessage: { id: string; conversationId: string } }>(
    await t.gql(
      send,
      {
        i: {
          recipientIds: [other.id],
          body: `My message ${word}`,
          clientMessageId: `m-${word}-${n}`,
        },
      },
      me.token,
    ),
  );
  const { sendMessage: theirs } = ok<{ sendMessage: { id: string } }>(
    await t.gql(
      send,
      {
        i: {
          conversationId: mine.conversationId,
          body: `Their secret answer ${word}`,
          clientMessageId: `o-${word}-${n}`,
        },
      },
      other.token,
    ),
  );
  ok(
    await t.gql(
      `mutation($i: ReportInput!) { reportContent(input: $i) { id } }`,
      { i: { targetType: 'POST', targetId: reply.id, reason: `Reported because ${word}` } },
      me.token,
    ),
  );
  return { avatar: avatar.body, place, thread, post, reply, message: mine, theirMessage: theirs };
}

export async function block(t: TestApp, who: Member, whom: Member): Promise<void> {
  const res = await t.gql(
    `mutation($m: ID!) { blockMember(memberId: $m) }`,
    { m: whom.id },
    who.token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

/** GET the archive as the browser would (gzip accepted), unzipped. */
export async function download(t: TestApp, url: string, token?: string) {
  const req = request(t.app.getHttpServer())
    .get(url)
    .set('accept-encoding', 'gzip')
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req;
  return { status: res.status, headers: res.headers, body: res.body as Buffer };
}

export const unzipJson = (body: Buffer) =>
  JSON.parse(
    (body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body).toString('utf8'),
  ) as Record<string, unknown>;
