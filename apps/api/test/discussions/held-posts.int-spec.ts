import { MemberRole } from '@wide-open/shared/contracts';
import { CREATE_POST, handleOf, startThread } from '../support/discussions.fixtures';
import { count, memberWithRole } from '../support/members.fixtures';
import { connectAs, emitWithAck, record } from '../support/sockets';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

const THREAD = /* GraphQL */ `
  query Thread($id: ID!) {
    thread(id: $id) {
      id
      hidden
      awaitingReview
      postsCount
      posts(first: 50) {
        edges {
          node {
            id
            body
            hidden
            awaitingReview
          }
        }
      }
    }
  }
`;
const THREADS = `query { threads(first: 50) { edges { node { id } } } }`;
const HELD = `query { heldPosts(first: 50) { edges { node { id body awaitingReview thread { id } author { id } } } } }`;
const APPROVE = `mutation($id: ID!) { approveHeldPost(id: $id) { id hidden awaitingReview } }`;
const REJECT = `mutation($id: ID!, $reason: String) { rejectHeldPost(id: $id, reason: $reason) { id hidden awaitingReview } }`;

type ThreadView = {
  thread: {
    hidden: boolean;
    awaitingReview: boolean;
    postsCount: number;
    posts: { edges: Array<{ node: { id: string; body: string; awaitingReview: boolean } }> };
  } | null;
};
type Held = {
  heldPosts: { edges: Array<{ node: { id: string; body: string; thread: { id: string } } }> };
};

describe('new members’ first posts held for review (HOLD_FIRST_POSTS=2)', () => {
  let t: TestApp;
  let moderator: { id: string; token: string };
  let veteran: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({
      HOLD_FIRST_POSTS: '2',
      RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000',
    });
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
    veteran = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  /** A thread by the veteran, approved (their first posts are held like anyone's). */
  async function approvedVeteran() {
    const thread = await startThread(t, veteran.token);
    const posts = await t.gql<Held>(HELD, {}, moderator.token);
    for (const edge of posts.data!.heldPosts.edges)
      if (edge.node.thread.id === thread.id)
        await t.gql(APPROVE, { id: edge.node.id }, moderator.token);
    return thread;
  }

  it('holds a newcomer’s thread: the author sees it awaiting review, others and the list do not, nobody is notified', async () => {
    const newcomer = await memberWithRole(t, MemberRole.MEMBER);
    const moderatorSocket = await connectAs(t.url, moderator.token);
    const heldEvents = record<{ postId: string }>(moderatorSocket, 'post:held');
    try {
      const thread = await startThread(t, newcomer.token, {
        body: `Hello @${await handleOf(t, veteran.id)}, how do you run your café?`,
      });
      const own = await t.gql<ThreadView>(THREAD, { id: thread.id }, newcomer.token);
      expect(own.data?.thread).toMatchObject({ hidden: true, awaitingReview: true, postsCount: 0 });
      expect(own.data?.thread?.posts.edges[0].node).toMatchObject({
        body: expect.stringContaining('how do you run your café?'),
        awaitingReview: true,
      });
      const other = await t.gql<ThreadView>(THREAD, { id: thread.id }, veteran.token);
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const list = await t.gql<{ threads: { edges: Array<{ node: { id: string } }> } }>(
        THREADS,
        {},
        veteran.token,
      );
      expect(list.data?.threads.edges.map((e) => e.node.id)).not.toContain(thread.id);
      expect(await count(t, 'notifications', `member_id = '${veteran.id}'`)).toBe(0);
      await eventually(() => expect(heldEvents).toHaveLength(1));
    } finally {
      moderatorSocket.close();
    }
  });

  it('publishes on approval as if just written: thread listed, mention notified, live post, logged', async () => {
    const thread = await approvedVeteran();
    const newcomer = await memberWithRole(t, MemberRole.MEMBER);
    const watcher = await connectAs(t.url, veteran.token);
    const live = record<{ id: string }>(watcher, 'post:new');
    try {
      await emitWithAck(watcher, 'thread:watch', { threadId: thread.id });
      const reply = await t.gql<{ createPost: { id: string; body: string } }>(
        CREATE_POST,
        {
          input: {
            threadId: thread.id,
            body: `@${await handleOf(t, veteran.id)} we share our rent with a bakery.`,
          },
        },
        newcomer.token,
      );
      expect(reply.data?.createPost.body).toContain('we share our rent');
      const before = await t.gql<ThreadView>(THREAD, { id: thread.id }, veteran.token);
      expect(before.data?.thread?.postsCount).toBe(1);
      expect(before.data?.thread?.posts.edges[1].node.body).toBe('');
      expect(live).toHaveLength(0);

      const held = await t.gql<Held>(HELD, {}, moderator.token);
      expect(held.data?.heldPosts.edges.map((e) => e.node.id)).toContain(reply.data?.createPost.id);
      const approved = await t.gql(APPROVE, { id: reply.data!.createPost.id }, moderator.token);
      expect(approved.data?.approveHeldPost).toMatchObject({
        hidden: false,
        awaitingReview: false,
      });

      const after = await t.gql<ThreadView>(THREAD, { id: thread.id }, veteran.token);
      expect(after.data?.thread?.postsCount).toBe(2);
      expect(after.data?.thread?.posts.edges[1].node.body).toContain('we share our rent');
      await eventually(() => expect(live.map((p) => p.id)).toEqual([reply.data!.createPost.id]));
      expect(
        await count(t, 'notifications', `member_id = '${veteran.id}' AND type = 'MENTION'`),
      ).toBe(1);
      expect(
        await count(
          t,
          'moderation_actions',
          `action = 'APPROVE_POST' AND target_id = '${reply.data!.createPost.id}'`,
        ),
      ).toBe(1);
      const again = await t.gql(APPROVE, { id: reply.data!.createPost.id }, moderator.token);
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    } finally {
      watcher.close();
    }
  });

  it('keeps a rejected post hidden, tells its author why, and holds only the first two posts', async () => {
    const thread = await approvedVeteran();
    const newcomer = await memberWithRole(t, MemberRole.MEMBER);
    const post = (body: string) =>
      t.gql<{ createPost: { id: string } }>(
        CREATE_POST,
        { input: { threadId: thread.id, body } },
        newcomer.token,
      );
    const spam = await post('Buy cheap followers at example.com');
    const rejected = await t.gql(
      REJECT,
      { id: spam.data!.createPost.id, reason: 'Advertising is not welcome here.' },
      moderator.token,
    );
    expect(rejected.data?.rejectHeldPost).toMatchObject({ hidden: true, awaitingReview: false });
    const note = await t.dataSource.query<Array<{ payload: { reason: string } }>>(
      `SELECT payload FROM notifications WHERE member_id = $1 AND type = 'CONTENT_HIDDEN'`,
      [newcomer.id],
    );
    expect(note[0]?.payload.reason).toBe('Advertising is not welcome here.');

    const first = await post('We run a repair café every Saturday.');
    await t.gql(APPROVE, { id: first.data!.createPost.id }, moderator.token);
    const second = await post('Our members pay what they can.');
    await t.gql(APPROVE, { id: second.data!.createPost.id }, moderator.token);
    const third = await post('And the town hall lends us the room.');
    const view = await t.gql<ThreadView>(THREAD, { id: thread.id }, veteran.token);
    const third_ = view.data?.thread?.posts.edges.find(
      (e) => e.node.id === third.data!.createPost.id,
    );
    expect(third_?.node).toMatchObject({
      body: 'And the town hall lends us the room.',
      awaitingReview: false,
    });
  });

  it('refuses members, and bad or unknown ids, changing nothing', async () => {
    const newcomer = await memberWithRole(t, MemberRole.MEMBER);
    const thread = await startThread(t, newcomer.token);
    const [{ id: postId }] = await t.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM posts WHERE thread_id = $1',
      [thread.id],
    );
    for (const query of [HELD, APPROVE, REJECT]) {
      const res = await t.gql(query, { id: postId }, veteran.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const own = await t.gql(APPROVE, { id: postId }, newcomer.token);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(APPROVE, { id: 'nope' }, moderator.token);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual({ id: 'is not a post id' });
    const unknown = await t.gql(
      APPROVE,
      { id: '0190a8c4-0000-7000-8000-000000000000' },
      moderator.token,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooLong = await t.gql(REJECT, { id: postId, reason: 'x'.repeat(2001) }, moderator.token);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(t, 'posts', `id = '${postId}' AND held_at IS NOT NULL`)).toBe(1);
  });
});
