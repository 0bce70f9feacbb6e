import { v7 as uuidv7 } from 'uuid';
import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { memberWithRole } from '../support/members.fixtures';
import { categoryId, startThread } from '../support/discussions.fixtures';

// Search ranks hits within windows of the latest 500 matches (then the 500 before them...),
// found either by walking the scope's posts newest first (a word dense in it) or through the GIN
// index (a sparse word, or a walk that ran out). These tests hold both ways to the same answer,
// on enough posts for the walk.
const SEARCH = /* GraphQL */ `
  query Search($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
    searchPosts(query: $q, filter: $filter, first: $first, after: $after) {
      edges {
        node {
          post {
            id
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
`;
type Page = {
  searchPosts: {
    edges: Array<{ node: { post: { id: string; body: string } } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const MINUTE = 60_000;
const DENSE_POSTS = 1200;

describe('search over many posts: walking the scope or using the index', () => {
  let t: TestApp;
  let member: { id: string; token: string };
  let scaling: string;
  /** Post i of the scaling thread was written `start + i` minutes. */
  let start: number;

  const everyHit = async (q: string, filter: Record<string, unknown>) => {
    const ids: string[] = [];
    const bodies: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: Page | null; errors?: unknown } = await t.gql<Page>(
        SEARCH,
        { q, filter, first: 50, after },
        member.token,
      );
      expect(res.errors).toBeUndefined();
      for (const e of res.data!.searchPosts.edges) {
        ids.push(e.node.post.id);
        bodies.push(e.node.post.body);
      }
      const info = res.data!.searchPosts.pageInfo;
      after = info.hasNextPage ? info.endCursor : null;
    } while (after);
    return { ids, bodies };
  };

  beforeAll(async () => {
    t = await createTestApp();
    member = await memberWithRole(t, MemberRole.MEMBER);
    await t.dataSource.query(`UPDATE members SET decided_at = now() - interval '30 days'`);
    scaling = await categoryId(t, 'scaling');
    const thread = await startThread(t, member.token, {
      categoryId: scaling,
      title: 'Growing to a second site',
    });
    const elsewhere = await startThread(t, member.token, {
      categoryId: await categoryId(t, 'funding'),
      title: 'Paying for the works',
    });
    // Written as the API writes posts (UUIDv7 ids of their time); the category is left to the
    // database's trigger. Every seventh post says the word three times (ranked higher), five
    // say a rare word too.
    start = Date.now() - (DENSE_POSTS + 60) * MINUTE;
    const rows = (threadId: string, count: number, offset: number) =>
      Array.from({ length: count }, (_, i) => {
        const at = start + (i + offset) * MINUTE;
        const extra = i % 7 === 0 ? ' scaffolding scaffolding' : '';
        const rare = threadId === thread.id && i % 240 === 1 ? ' trellis' : '';
        return [
          uuidv7({ msecs: at }),
          threadId,
          `Scaffolding note ${i}${extra}${rare}`,
          new Date(at),
        ];
      });
    for (const [threadId, count, offset] of [
      [thread.id, DENSE_POSTS, 0],
      [elsewhere.id, 300, 0.5],
    ] as const) {
      const batch = rows(threadId, count, offset);
      await t.dataSource.query(
        `INSERT INTO posts (id, thread_id, author_id, body, created_at)
         SELECT id, thread_id, $5, body, created_at
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS r(id, thread_id, body, created_at)`,
        [
          batch.map((r) => r[0]),
          batch.map((r) => r[1]),
          batch.map((r) => r[2]),
          batch.map((r) => r[3]),
          member.id,
        ],
      );
    }
    await t.dataSource.query('ANALYZE posts');
  });
  afterAll(() => t.close());

  it('ranks a dense word within windows of its latest 500 matches and pages on to every match without repeats', async () => {
    const { ids, bodies } = await everyHit('scaffolding', { categoryId: scaling });
    const newestFirst: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM posts WHERE category_id = $1 AND search @@ to_tsquery('simple', 'scaffolding')
        ORDER BY id DESC`,
      [scaling],
    );
    expect(newestFirst).toHaveLength(DENSE_POSTS);
    // Every match, once: the latest 500 ranked, then the 500 before them, then the rest.
    expect(ids).toHaveLength(DENSE_POSTS);
    expect(new Set(ids).size).toBe(DENSE_POSTS);
    const windows = [0, 500, 1000].map((from) =>
      newestFirst.slice(from, from + 500).map((r) => r.id),
    );
    expect(new Set(ids.slice(0, 500))).toEqual(new Set(windows[0]));
    expect(new Set(ids.slice(500, 1000))).toEqual(new Set(windows[1]));
    expect(new Set(ids.slice(1000))).toEqual(new Set(windows[2]));
    // Within a window, the posts that say it three times come first.
    for (const from of [0, 500, 1000])
      expect(
        bodies.slice(from, from + 20).every((b) => b.includes('scaffolding scaffolding')),
      ).toBe(true);
  });

  it('keeps its windows where they were while new posts arrive: nothing skipped, nothing repeated', async () => {
    const filter = { categoryId: scaling };
    const first = await t.gql<Page>(SEARCH, { q: 'scaffolding', filter, first: 50 }, member.token);
    const ids = first.data!.searchPosts.edges.map((e) => e.node.post.id);
    // A new post that would rank first and push the oldest match out of the first window.
    const [{ thread_id: threadId }]: Array<{ thread_id: string }> = await t.dataSource.query(
      `SELECT thread_id FROM posts WHERE category_id = $1 LIMIT 1`,
      [scaling],
    );
    const fresh = uuidv7();
    await t.dataSource.query(
      `INSERT INTO posts (id, thread_id, author_id, body) VALUES ($1, $2, $3, $4)`,
      [fresh, threadId, member.id, 'scaffolding scaffolding scaffolding scaffolding'],
    );
    try {
      let after = first.data!.searchPosts.pageInfo.endCursor;
      while (after) {
        const res: { data?: Page | null } = await t.gql<Page>(
          SEARCH,
          { q: 'scaffolding', filter, first: 50, after },
          member.token,
        );
        ids.push(...res.data!.searchPosts.edges.map((e) => e.node.post.id));
        const info = res.data!.searchPosts.pageInfo;
        after = info.hasNextPage ? info.endCursor : null;
      }
      expect(ids).not.toContain(fresh);
      expect(ids).toHaveLength(DENSE_POSTS);
      expect(new Set(ids).size).toBe(DENSE_POSTS);
    } finally {
      await t.dataSource.query(`DELETE FROM posts WHERE id = $1`, [fresh]);
    }
  });

  it('refuses a cursor it did not give out, and changes nothing', async () => {
    const forged = Buffer.from(JSON.stringify(["1'; DROP TABLE posts; --|<=x", 'y'])).toString(
      'base64url',
    );
    const count = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM posts`))[0].n as number;
    const before = await count();
    const res = await t.gql(SEARCH, { q: 'scaffolding', after: forged }, member.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/cursor/);
    expect(await count()).toBe(before);
  });

  it('keeps to a date range, also when the range holds fewer than 1 000 matches', async () => {
    const from = new Date(start + 200 * MINUTE);
    const to = new Date(start + 500 * MINUTE);
    const { ids } = await everyHit('scaffolding', { categoryId: scaling, from, to });
    const expected: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM posts WHERE category_id = $1 AND created_at >= $2 AND created_at < $3`,
      [scaling, from, to],
    );
    expect(expected).toHaveLength(300);
    expect(new Set(ids)).toEqual(new Set(expected.map((r) => r.id)));
    // Without the category, the other thread's posts in the range come too.
    const both = await everyHit('scaffolding', { from, to });
    const inRange: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM posts WHERE body LIKE 'Scaffolding%' AND created_at >= $1 AND created_at < $2`,
      [from, to],
    );
    expect(inRange).toHaveLength(400); // 300 in the scaling thread, 100 in the other
    expect(new Set(both.ids)).toEqual(new Set(inRange.map((r) => r.id)));
  });

  it('finds a sparse word through the index, wherever it is', async () => {
    const { bodies } = await everyHit('trellis', { categoryId: scaling });
    expect(bodies).toHaveLength(5);
    expect(bodies.every((b) => b.endsWith('trellis'))).toBe(true);
    expect((await everyHit('trellis', { categoryId: await categoryId(t, 'funding') })).ids).toEqual(
      [],
    );
  });
});
