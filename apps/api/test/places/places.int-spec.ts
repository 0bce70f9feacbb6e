import { v7 as uuidv7 } from 'uuid';
import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { memberWithRole } from '../support/members.fixtures';

const PLACES = /* GraphQL */ `
  query Places($filter: PlaceFilter, $first: Int, $after: String) {
    places(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          slug
          name
          country
          kinds
          challenges
          createdBy {
            handle
            displayName
            email
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
type Places = {
  places: {
    edges: Array<{
      node: {
        slug: string;
        name: string;
        country: string;
        kinds: string[];
        challenges: string[];
        createdBy: { handle: string; email: string | null };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

async function insertPlaces(t: TestApp, creators: string[], n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await t.dataSource.query(
      `INSERT INTO places (id, slug, name, summary, kinds, challenges, city, country, created_by)
       VALUES ($1, $2, $3, 'A place for the test.', $4, $5, 'Lyon', $6, $7)`,
      [
        uuidv7(),
        `place-${i}`,
        `Place ${String(i).padStart(3, '0')}`,
        i % 2 ? '{FABLAB}' : '{COWORKING,THIRD_PLACE}',
        i % 3 ? '{SCALING}' : '{BUSINESS_MODEL}',
        i % 4 ? 'FR' : 'PH',
        creators[i % creators.length],
      ],
    );
  }
}

describe('places (public reading)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const creators = [];
    for (let i = 0; i < 5; i++) creators.push((await memberWithRole(t, MemberRole.MEMBER)).id);
    await insertPlaces(t, creators, 60);
  });
  afterAll(() => t.close());

  it('pages through every place alphabetically, without repeats, anonymously', async () => {
    const names: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: Places | null } = await t.gql<Places>(PLACES, { first: 25, after });
      names.push(...res.data!.places.edges.map((e) => e.node.name));
      after = res.data!.places.pageInfo.hasNextPage ? res.data!.places.pageInfo.endCursor : null;
    } while (after);
    expect(names).toHaveLength(60);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(60);
  });

  it('filters by country, kind and challenge together', async () => {
    const res = await t.gql<Places>(PLACES, {
      filter: { country: 'FR', kind: 'FABLAB', challenge: 'SCALING' },
      first: 100,
    });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.places.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.country).toBe('FR');
      expect(node.kinds).toContain('FABLAB');
      expect(node.challenges).toContain('SCALING');
    }
    const expected = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM places WHERE country = 'FR' AND 'FABLAB' = ANY(kinds) AND 'SCALING' = ANY(challenges)`,
    );
    expect(nodes).toHaveLength(expected[0].n);
  });

  it('never shows the creator’s email to others', async () => {
    const res = await t.gql<Places>(PLACES, { first: 5 });
    expect(res.data!.places.edges.every((e) => e.node.createdBy.email === null)).toBe(true);
  });

  it('refuses bad filters with per-field messages', async () => {
    const country = await t.gql(PLACES, { filter: { country: 'France' } });
    expect(country.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.country': 'must be an ISO 3166-1 alpha-2 country code such as FR' },
    });
    const kind = await t.gql(PLACES, { filter: { kind: 'CASTLE' } });
    expect(kind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('issues the same small number of SQL queries for 5 or 100 places (creators batched)', async () => {
    const small = await t.countQueries(() => t.gql(PLACES, { first: 5 }));
    const large = await t.countQueries(() => t.gql(PLACES, { first: 60 }));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(2); // the page, then the creators in one batch
  });

  it('resolves every relation of a page (team, lessons, photos, followers) in a fixed number of queries', async () => {
    const viewer = await memberWithRole(t, MemberRole.MEMBER);
    const full = /* GraphQL */ `
      query ($first: Int) {
        places(first: $first) {
          edges {
            node {
              name
              createdBy {
                handle
              }
              team {
                role
                member {
                  handle
                }
              }
              lessons {
                title
                author {
                  handle
                }
              }
              photos {
                url
              }
              followersCount
              viewerFollows
            }
          }
        }
      }
    `;
    await t.dataSource.query(
      `INSERT INTO place_members (place_id, member_id, role) SELECT id, created_by, 'FOUNDER' FROM places ON CONFLICT DO NOTHING`,
    );
    const small = await t.countQueries(() => t.gql(full, { first: 5 }, viewer.token));
    const large = await t.countQueries(() => t.gql(full, { first: 60 }, viewer.token));
    expect(large).toBe(small);
    // session, page, creators, teams, lessons, photos, follower counts, viewer follows, authors
    expect(large).toBeLessThanOrEqual(9);
  });

  it('searches names, summaries and cities without accents, ranked, with hostile input answered safely', async () => {
    const creator = (
      await t.dataSource.query<Array<{ id: string }>>('SELECT id FROM members LIMIT 1')
    )[0].id;
    await t.dataSource.query(
      `INSERT INTO places (id, slug, name, summary, kinds, challenges, city, country, created_by)
       VALUES ($1, 'darwin', 'Darwin Écosystème', 'Ancienne caserne devenue lieu d’économie créative.', '{THIRD_PLACE}', '{SCALING}', 'Bordeaux', 'FR', $2)`,
      [uuidv7(), creator],
    );
    const search = (q: string) => t.gql<Places>(PLACES, { filter: { search: q } });
    expect((await search('ecosys')).data!.places.edges.map((e) => e.node.name)).toEqual([
      'Darwin Écosystème',
    ]);
    expect((await search('économie créative')).data!.places.edges.map((e) => e.node.name)).toEqual([
      'Darwin Écosystème',
    ]);
    expect((await search('bordeaux')).data!.places.edges).toHaveLength(1);
    const hostile = await search(`'"); DELETE FROM places; -- & | !`);
    expect(hostile.errors).toBeUndefined();
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM places')).toEqual([{ n: 61 }]);
  });

  it('finds one place by slug, and null for an unknown one', async () => {
    const found = await t.gql<{ place: { name: string } | null }>(
      '{ place(slug: "place-7") { name } }',
    );
    expect(found.data!.place).toEqual({ name: 'Place 007' });
    const missing = await t.gql<{ place: unknown }>('{ place(slug: "nowhere") { name } }');
    expect(missing.data!.place).toBeNull();
  });
});
