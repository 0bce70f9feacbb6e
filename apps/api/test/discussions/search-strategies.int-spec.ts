import { v7 as uuidv7 } from 'uuid';
import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { memberWithRole } from '../support/members.fixtures';
import { categoryId, startThread } from '../support/discussions.fixtures';

// Search finds "the most relevant of the latest 1 000 matches" either by walking the scope's
// posts newest first (a word dense in it) or through the GIN index (a sparse word, or a walk
// that ran out). These tests hold both ways to the same answer, on enough posts for the walk.
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

  it('ranks a dense word among its latest 1 000 matches in the category, pages without repeats', async () => {
    const { ids, bodies } = await everyHit('scaffolding', { categoryId: scaling });
    const latest: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM posts WHERE category_id = $1 AND search @@ to_tsquery('simple', 'scaffolding')
        ORDER BY id DESC LIMIT 1000`,
      [scaling],
    );
    expect(ids).toHaveLength(1000);
    expect(new Set(ids)).toEqual(new Set(latest.map((r) => r.id)));
    // The posts that say it three times come first.
    expect(bodies.slice(0, 20).every((b) => b.includes('scaffolding scaffolding'))).toBe(true);
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
