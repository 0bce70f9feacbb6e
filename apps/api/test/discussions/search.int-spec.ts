import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { memberWithRole } from '../support/members.fixtures';
import { CREATE_POST, categoryId, startThread } from '../support/discussions.fixtures';

const SEARCH = /* GraphQL */ `
  query Search($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
    searchPosts(query: $q, filter: $filter, first: $first, after: $after) {
      edges {
        node {
          snippet
          post {
            id
            body
          }
          thread {
            id
            title
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
type Hits = {
  searchPosts: {
    edges: Array<{
      node: {
        snippet: string;
        post: { id: string; body: string };
        thread: { id: string; title: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('searching discussions', () => {
  let t: TestApp;
  let member: { id: string; token: string };
  let impactThread: string;
  beforeAll(async () => {
    t = await createTestApp();
    member = await memberWithRole(t, MemberRole.MEMBER);
    await t.dataSource.query(`UPDATE members SET decided_at = now() - interval '30 days'`);
    impactThread = (
      await startThread(t, member.token, {
        title: 'Mesurer l’impact social',
        body: 'Comment mesurer l’impact social d’un tiers-lieu ? Nous cherchons des indicateurs.',
        categoryId: await categoryId(t, 'impact-measurement'),
      })
    ).id;
    const other = await startThread(t, member.token, {
      title: 'Rent and funding',
      body: 'How do you pay the rent of a large hall?',
    });
    for (let i = 0; i < 25; i++) {
      await t.gql(
        CREATE_POST,
        { input: { threadId: other.id, body: `Funding idea number ${i}: a community dinner.` } },
        member.token,
      );
    }
  });
  afterAll(() => t.close());

  it('finds posts without accents or apostrophes, with highlighted snippets and no HTML', async () => {
    const res = await t.gql<Hits>(SEARCH, { q: "mesurer l'impact" }, member.token);
    expect(res.errors).toBeUndefined();
    const hit = res.data!.searchPosts.edges[0].node;
    expect(hit.thread.id).toBe(impactThread);
    expect(hit.snippet.toLowerCase()).toContain('\u0002mesurer\u0003');
    expect(hit.snippet).toContain('\u0002impact\u0003');
    expect(hit.snippet).not.toMatch(/<[a-z]/i);
    const plain = await t.gql<Hits>(SEARCH, { q: 'indicateurs tiers' }, member.token);
    expect(plain.data!.searchPosts.edges.map((e) => e.node.thread.id)).toEqual([impactThread]);
  });

  it('filters by category and author, and pages without repeats', async () => {
    const byCategory = await t.gql<Hits>(
      SEARCH,
      { q: 'funding', filter: { categoryId: await categoryId(t, 'impact-measurement') } },
      member.token,
    );
    expect(byCategory.data!.searchPosts.edges).toEqual([]);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: Hits | null } = await t.gql<Hits>(
        SEARCH,
        { q: 'funding idea', first: 10, after },
        member.token,
      );
      ids.push(...page.data!.searchPosts.edges.map((e) => e.node.post.id));
      after = page.data!.searchPosts.pageInfo.hasNextPage
        ? page.data!.searchPosts.pageInfo.endCursor
        : null;
    } while (after);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
  });

  it("follows a thread moved to another category (posts carry their thread's category)", async () => {
    const moderator = await memberWithRole(t, MemberRole.MODERATOR);
    const impact = await categoryId(t, 'impact-measurement');
    const moved = await t.gql(
      /* GraphQL */ `
        mutation Move($id: ID!, $categoryId: ID!) {
          moveThread(id: $id, categoryId: $categoryId) {
            id
          }
        }
      `,
      { id: impactThread, categoryId: await categoryId(t, 'general') },
      moderator.token,
    );
    expect(moved.errors).toBeUndefined();
    const inImpact = await t.gql<Hits>(
      SEARCH,
      { q: 'indicateurs', filter: { categoryId: impact } },
      member.token,
    );
    expect(inImpact.data!.searchPosts.edges).toEqual([]);
    const inGeneral = await t.gql<Hits>(
      SEARCH,
      { q: 'indicateurs', filter: { categoryId: await categoryId(t, 'general') } },
      member.token,
    );
    expect(inGeneral.data!.searchPosts.edges.map((e) => e.node.thread.id)).toEqual([impactThread]);
    // Every post agrees with its thread, whoever wrote it.
    expect(
      await t.dataSource.query(
        'SELECT count(*)::int AS n FROM posts p JOIN threads th ON th.id = p.thread_id WHERE p.category_id <> th.category_id',
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('answers hostile input safely', async () => {
    for (const q of [`"'); DROP TABLE posts; --`, '!!! & | <-> :*', "l' l' l'"]) {
      const res = await t.gql<Hits>(SEARCH, { q }, member.token);
      expect(res.errors).toBeUndefined();
    }
    expect(
      (await t.gql(SEARCH, { q: 'x'.repeat(201) }, member.token)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM posts')).toEqual([{ n: 27 }]);
  });

  it('is for ACTIVE members', async () => {
    expect((await t.gql(SEARCH, { q: 'impact' })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
