import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { count, memberWithRole } from '../support/members.fixtures';
import {
  CREATE_POST,
  CREATE_THREAD,
  categoryId,
  handleOf,
  startThread,
} from '../support/discussions.fixtures';

const THREAD = /* GraphQL */ `
  query Thread($id: ID!, $first: Int, $after: String) {
    thread(id: $id) {
      id
      title
      postsCount
      locked
      pinned
      unreadCount
      viewerFollows
      category {
        slug
        name
      }
      posts(first: $first, after: $after) {
        edges {
          node {
            id
            body
            deleted
            editedAt
            author {
              handle
            }
            replyTo {
              id
            }
            reactions {
              emoji
              count
              viewerReacted
              members {
                handle
              }
            }
            revisions {
              body
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
type ThreadData = {
  thread: {
    postsCount: number;
    unreadCount: number;
    locked: boolean;
    posts: {
      edges: Array<{
        node: {
          id: string;
          body: string;
          deleted: boolean;
          editedAt: string | null;
          reactions: Array<{ emoji: string; count: number; viewerReacted: boolean }>;
          revisions: Array<{ body: string }>;
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

describe('categories and threads', () => {
  let t: TestApp;
  let alice: { id: string; token: string };
  let bob: { id: string; token: string };
  let moderator: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_LOGIN_PER_15MIN: '1000' });
    alice = await memberWithRole(t, MemberRole.MEMBER);
    bob = await memberWithRole(t, MemberRole.MEMBER);
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
    // Established members: the new-member posting limit does not apply.
    await t.dataSource.query(`UPDATE members SET decided_at = now() - interval '30 days'`);
  });
  afterAll(() => t.close());

  it('lists the seeded categories in the request’s language', async () => {
    const en = await t.gql<{ categories: Array<{ slug: string; name: string }> }>(
      '{ categories { slug name } }',
    );
    expect(en.data!.categories.map((c) => c.slug)).toEqual([
      'introductions',
      'business-model',
      'community-empowerment',
      'diversity-creativity',
      'scaling',
      'impact-measurement',
      'governance',
      'funding',
      'real-estate',
      'events',
      'research',
      'general',
    ]);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr-FR,fr;q=0.9' },
      body: JSON.stringify({ query: '{ categories { slug name } }' }),
    });
    const fr = (await res.json()) as {
      data: { categories: Array<{ slug: string; name: string }> };
    };
    expect(fr.data.categories.find((c) => c.slug === 'impact-measurement')!.name).toBe(
      'Mesurer l’impact',
    );
  });

  it('starts a thread with its first post; the author follows it', async () => {
    const thread = await startThread(t, alice.token);
    const res = await t.gql<ThreadData>(THREAD, { id: thread.id }, alice.token);
    expect(res.data!.thread).toMatchObject({ postsCount: 1, unreadCount: 0 });
    expect(
      await count(
        t,
        'thread_subscriptions',
        `thread_id = '${thread.id}' AND member_id = '${alice.id}' AND following`,
      ),
    ).toBe(1);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an empty body', { body: '   ' }, 'body'],
    ['a 100 000-character body', { body: 'x'.repeat(100_000) }, 'body'],
    ['a four-letter title', { title: 'Help' }, 'title'],
  ];
  it.each(bad)('refuses a thread with %s, creating nothing', async (_label, overrides, field) => {
    const threads = await count(t, 'threads');
    const res = await t.gql(
      CREATE_THREAD,
      {
        input: {
          categoryId: await categoryId(t),
          title: 'A valid title here',
          body: 'A valid body.',
          ...overrides,
        },
      },
      alice.token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[field]).toEqual(expect.any(String));
    expect(await count(t, 'threads')).toBe(threads);
  });

  it('refuses an unknown category with a field message', async () => {
    const res = await t.gql(
      CREATE_THREAD,
      {
        input: {
          categoryId: '01890000-0000-7000-8000-000000000000',
          title: 'A valid title here',
          body: 'Body.',
        },
      },
      alice.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { categoryId: 'is not a category' },
    });
  });

  it('replies with a quote and a mention: the mentioned member is notified, followers too', async () => {
    const thread = await startThread(t, alice.token);
    const first = (await t.gql<ThreadData>(THREAD, { id: thread.id }, alice.token)).data!.thread
      .posts.edges[0].node;
    const carol = await memberWithRole(t, MemberRole.MEMBER);
    const carolHandle = await handleOf(t, carol.id);
    const res = await t.gql<{ createPost: { replyTo: { id: string } } }>(
      CREATE_POST,
      {
        input: {
          threadId: thread.id,
          body: `I agree, and @${carolHandle} knows more.`,
          replyToId: first.id,
        },
      },
      bob.token,
    );
    expect(res.data!.createPost.replyTo.id).toBe(first.id);
    await eventually(async () => {
      expect(
        await count(t, 'notifications', `member_id = '${carol.id}' AND type = 'MENTION'`),
      ).toBe(1);
      expect(
        await count(t, 'notifications', `member_id = '${alice.id}' AND type = 'THREAD_REPLY'`),
      ).toBeGreaterThanOrEqual(1);
      expect(await count(t, 'notifications', `member_id = '${bob.id}'`)).toBe(0);
    });
    const unread = await t.gql<ThreadData>(THREAD, { id: thread.id }, alice.token);
    expect(unread.data!.thread.unreadCount).toBe(1);
    await t.gql(
      'mutation($id: ID!) { markThreadRead(id: $id) { id } }',
      { id: thread.id },
      alice.token,
    );
    expect(
      (await t.gql<ThreadData>(THREAD, { id: thread.id }, alice.token)).data!.thread.unreadCount,
    ).toBe(0);
  });

  it('refuses a reply to a post of another thread, and a reply in a locked thread', async () => {
    const one = await startThread(t, alice.token);
    const two = await startThread(t, alice.token);
    const postOfTwo = (await t.gql<ThreadData>(THREAD, { id: two.id }, alice.token)).data!.thread
      .posts.edges[0].node.id;
    const cross = await t.gql(
      CREATE_POST,
      { input: { threadId: one.id, body: 'Quoting elsewhere', replyToId: postOfTwo } },
      bob.token,
    );
    expect(cross.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { replyToId: expect.any(String) },
    });

    await t.gql(
      'mutation($id: ID!) { lockThread(id: $id, reason: "Resolved") { locked } }',
      { id: one.id },
      moderator.token,
    );
    const before = await count(t, 'posts', `thread_id = '${one.id}'`);
    const locked = await t.gql(
      CREATE_POST,
      { input: { threadId: one.id, body: 'Too late?' } },
      bob.token,
    );
    expect(locked.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/locked/),
    });
    expect(await count(t, 'posts', `thread_id = '${one.id}'`)).toBe(before);
    expect(
      await count(t, 'moderation_actions', `action = 'LOCK_THREAD' AND target_id = '${one.id}'`),
    ).toBe(1);
  });

  it('refuses the same post twice in a row, and too many posts a minute', async () => {
    const thread = await startThread(t, alice.token);
    const dave = await memberWithRole(t, MemberRole.MEMBER); // a new member: three posts a minute
    await t.gql(CREATE_POST, { input: { threadId: thread.id, body: 'Same words' } }, dave.token);
    const twice = await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'Same words' } },
      dave.token,
    );
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { body: expect.any(String) },
    });
    await t.gql(CREATE_POST, { input: { threadId: thread.id, body: 'Other words' } }, dave.token);
    const flood = await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'Yet more words' } },
      dave.token,
    );
    expect(flood.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(await count(t, 'posts', `author_id = '${dave.id}'`)).toBe(2);
  });

  it('edits with an "edited" mark, keeps the previous version for moderators, and removes softly', async () => {
    const thread = await startThread(t, alice.token);
    const post = await t.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'First wording' } },
      bob.token,
    );
    const id = post.data!.createPost.id;
    expect(
      (
        await t.gql(
          `mutation { editPost(postId: "${id}", body: "Second wording") { id } }`,
          {},
          alice.token,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    await t.gql(
      `mutation { editPost(postId: "${id}", body: "Second wording") { id } }`,
      {},
      bob.token,
    );
    const forMember = (await t.gql<ThreadData>(THREAD, { id: thread.id }, alice.token)).data!.thread
      .posts.edges[1].node;
    expect(forMember).toMatchObject({
      body: 'Second wording',
      editedAt: expect.any(String),
      revisions: [],
    });
    const forModerator = (await t.gql<ThreadData>(THREAD, { id: thread.id }, moderator.token)).data!
      .thread.posts.edges[1].node;
    expect(forModerator.revisions).toEqual([{ body: 'First wording' }]);
    await t.gql(`mutation { deletePost(id: "${id}") { id } }`, {}, bob.token);
    const removed = (await t.gql<ThreadData>(THREAD, { id: thread.id }, alice.token)).data!.thread
      .posts.edges[1].node;
    expect(removed).toMatchObject({ deleted: true, body: '' });
  });

  it('toggles reactions with counts and who reacted; refuses what is not one emoji', async () => {
    const thread = await startThread(t, alice.token);
    const postId = (await t.gql<ThreadData>(THREAD, { id: thread.id }, alice.token)).data!.thread
      .posts.edges[0].node.id;
    const react = (emoji: string, token: string) =>
      t.gql(
        `mutation($p: ID!, $e: String!) { react(postId: $p, emoji: $e) { id } }`,
        { p: postId, e: emoji },
        token,
      );
    await react('👍🏽', bob.token);
    await react('👍🏽', moderator.token);
    await react('🎉', bob.token);
    await react('🎉', bob.token); // toggled off
    const reactions = (await t.gql<ThreadData>(THREAD, { id: thread.id }, bob.token)).data!.thread
      .posts.edges[0].node.reactions;
    expect(reactions).toEqual([
      { emoji: '👍🏽', count: 2, viewerReacted: true, members: expect.any(Array) },
    ]);
    const before = await count(t, 'post_reactions');
    const long = await react('x'.repeat(40), bob.token);
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const word = await react('ok', bob.token);
    expect(word.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { emoji: 'must be a single emoji' },
    });
    expect(await count(t, 'post_reactions')).toBe(before);
  });

  it('shows applicants thread titles but not posts, and refuses them posting', async () => {
    const thread = await startThread(t, alice.token);
    const pending = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const titles = await t.gql<{ threads: { edges: Array<{ node: { title: string } }> } }>(
      '{ threads(first: 50) { edges { node { title } } } }',
      {},
      pending.token,
    );
    expect(titles.data!.threads.edges.map((e) => e.node.title)).toContain(thread.title);
    const posts = await t.gql(THREAD, { id: thread.id }, pending.token);
    expect(posts.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const post = await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'Can I?' } },
      pending.token,
    );
    expect(post.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hides threads from everyone but moderators and their author (NOT_FOUND)', async () => {
    const thread = await startThread(t, alice.token);
    await t.gql(
      'mutation($id: ID!) { hideThread(id: $id, reason: "Spam") { id } }',
      { id: thread.id },
      moderator.token,
    );
    expect(
      (await t.gql('query($id: ID!) { thread(id: $id) { title } }', { id: thread.id }, bob.token))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await t.gql('query($id: ID!) { thread(id: $id) { title } }', { id: thread.id }, alice.token))
        .errors,
    ).toBeUndefined();
    expect(
      (await t.gql(CREATE_POST, { input: { threadId: thread.id, body: 'Hello?' } }, bob.token))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('pages through threads most recent first, pinned on top, and a thread page costs a fixed number of queries', async () => {
    const pinned = await startThread(t, alice.token);
    await t.gql(
      'mutation($id: ID!) { pinThread(id: $id) { id } }',
      { id: pinned.id },
      moderator.token,
    );
    for (let i = 0; i < 3; i++) await startThread(t, bob.token);
    const list = await t.gql<{ threads: { edges: Array<{ node: { id: string } }> } }>(
      '{ threads(first: 3) { edges { node { id } } } }',
    );
    expect(list.data!.threads.edges[0].node.id).toBe(pinned.id);

    const big = await startThread(t, alice.token);
    for (let i = 0; i < 49; i++) {
      await t.dataSource.query(
        `INSERT INTO posts (id, thread_id, author_id, body, created_at) VALUES (gen_random_uuid(), $1, $2, $3, now() + ($4 || ' seconds')::interval)`,
        [big.id, i % 2 ? alice.id : bob.id, `Post number ${i} with a thought.`, i],
      );
    }
    const five = await t.countQueries(() =>
      t.gql(THREAD, { id: big.id, first: 5 }, moderator.token),
    );
    const fifty = await t.countQueries(() =>
      t.gql(THREAD, { id: big.id, first: 50 }, moderator.token),
    );
    expect(fifty).toBe(five);
    // session, thread, category, posts, authors, reactions, revisions, unread count, subscription
    expect(fifty).toBeLessThanOrEqual(9);
  });
});
