import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { memberWithRole } from '../support/members.fixtures';
import { png } from '../support/images';
import { upload } from '../support/uploads';

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      handle
      displayName
      headline
      bio
      city
      country
      languages
      skills
      interests
      links
      avatarUrl
      communityRole
      sector
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  query Members($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          handle
          displayName
          email
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
type Members = {
  members: {
    edges: Array<{ node: { handle: string; displayName: string; email: string | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('profiles', () => {
  let t: TestApp;
  let me: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp();
    me = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  it('completes a profile, avatar included, and normalises tags', async () => {
    const avatar = await upload(t, me.token, await png(600, 600));
    const res = await t.gql<{ updateProfile: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          displayName: 'Inès Fabre',
          handle: 'ines-fabre',
          headline: 'Gardienne de friches',
          bio: 'I **run** a third place.',
          city: 'Marseille',
          country: 'fr',
          languages: ['fr', 'en'],
          skills: ['Permaculture ', 'permaculture', 'Community   organising'],
          interests: ['urban farming'],
          links: ['https://example.org/ines'],
          avatarId: avatar.body.id,
          communityRole: 'CREATIVE',
          sector: 'NONPROFIT',
        },
      },
      me.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateProfile).toMatchObject({
      handle: 'ines-fabre',
      country: 'FR',
      skills: ['permaculture', 'community organising'],
      avatarUrl: `/uploads/images/${avatar.body.id}/small.webp`,
      communityRole: 'CREATIVE',
    });
    const profile = await t.gql<{ member: { displayName: string; email: string | null } }>(
      '{ member(handle: "ines-fabre") { displayName email } }',
    );
    expect(profile.data!.member).toEqual({ displayName: 'Inès Fabre', email: null });
  });

  it('clears a field with null or blank text, and leaves absent fields alone', async () => {
    await t.gql(UPDATE, { input: { headline: 'Temporary' } }, me.token);
    const res = await t.gql<{ updateProfile: { headline: string | null; city: string | null } }>(
      UPDATE,
      { input: { headline: '  ' } },
      me.token,
    );
    expect(res.data!.updateProfile.headline).toBeNull();
    expect(res.data!.updateProfile.city).toBe('Marseille');
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['an unknown country', { country: 'XX' }, 'country', /ISO 3166-1/],
    ['a malformed language', { languages: ['French'] }, 'languages', /language codes/],
    [
      '21 skills',
      { skills: Array.from({ length: 21 }, (_, i) => `skill ${i}`) },
      'skills',
      /at most 20/,
    ],
    ['a link without https', { links: ['javascript:alert(1)'] }, 'links', /web address/],
    ['a 10 001-character bio', { bio: 'b'.repeat(10_001) }, 'bio', /at most 10000/],
    ['an unknown community role', { communityRole: 'WIZARD' }, 'communityRole', /./],
  ];
  it.each(bad)('refuses %s and changes nothing', async (_label, input, field, message) => {
    const before = await t.dataSource.query('SELECT * FROM members WHERE id = $1', [me.id]);
    const res = await t.gql(UPDATE, { input }, me.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    if (field !== 'communityRole')
      expect(res.errors?.[0].extensions?.fields?.[field]).toMatch(message);
    expect(await t.dataSource.query('SELECT * FROM members WHERE id = $1', [me.id])).toEqual(
      before,
    );
  });

  it('refuses someone else’s upload as an avatar, and a taken handle', async () => {
    const other = await memberWithRole(t, MemberRole.MEMBER);
    const theirs = await upload(t, other.token, await png());
    const res = await t.gql(UPDATE, { input: { avatarId: theirs.body.id } }, me.token);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { avatarId: 'must be images you uploaded' },
    });
    await t.gql(UPDATE, { input: { handle: 'other-handle' } }, other.token);
    const taken = await t.gql(UPDATE, { input: { handle: 'other-handle' } }, me.token);
    expect(taken.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { handle: 'is already taken' },
    });
  });

  it('shows no profile for applicants or unknown handles', async () => {
    const pending = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const handle = (
      await t.dataSource.query<Array<{ handle: string }>>(
        'SELECT handle FROM members WHERE id = $1',
        [pending.id],
      )
    )[0].handle;
    expect(
      (await t.gql<{ member: unknown }>(`{ member(handle: "${handle}") { id } }`)).data!.member,
    ).toBeNull();
    expect(
      (await t.gql<{ member: unknown }>('{ member(handle: "nobody-here") { id } }')).data!.member,
    ).toBeNull();
  });
});

describe('the member directory', () => {
  let t: TestApp;
  let viewer: { token: string; email: string };
  beforeAll(async () => {
    t = await createTestApp();
    viewer = await memberWithRole(t, MemberRole.MEMBER);
    const people: Array<[string, Record<string, unknown>]> = [
      [
        'Élodie Mercier',
        {
          country: 'FR',
          skills: ['governance', 'facilitation'],
          languages: ['fr'],
          bio: 'Mesurer l’impact social des tiers-lieux.',
          communityRole: 'RESEARCHER',
        },
      ],
      [
        'Jun Santos',
        {
          country: 'PH',
          skills: ['farming'],
          languages: ['en', 'tl'],
          headline: 'Social enterprise incubator',
        },
      ],
      [
        'Mara Okafor',
        { country: 'US', skills: ['governance'], interests: ['housing'], languages: ['en'] },
      ],
    ];
    for (const [name, input] of people) {
      const m = await memberWithRole(t, MemberRole.MEMBER);
      await t.gql(UPDATE, { input: { displayName: name, ...input } }, m.token);
    }
    await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
  });
  afterAll(() => t.close());

  const names = (res: { data?: Members | null }) =>
    res.data!.members.edges.map((e) => e.node.displayName);

  it('lists ACTIVE members only, alphabetically, page by page, without emails', async () => {
    const all: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: Members | null } = await t.gql<Members>(
        MEMBERS,
        { first: 2, after },
        viewer.token,
      );
      all.push(...names(res));
      // Only the viewer's own email shows.
      expect(
        res.data!.members.edges.filter((e) => e.node.email !== null).map((e) => e.node.email),
      ).toEqual(
        res
          .data!.members.edges.filter((e) => e.node.email === viewer.email)
          .map((e) => e.node.email),
      );
      after = res.data!.members.pageInfo.hasNextPage ? res.data!.members.pageInfo.endCursor : null;
    } while (after);
    const expected = await t.dataSource.query<Array<{ display_name: string }>>(
      `SELECT display_name FROM members WHERE status = 'ACTIVE' ORDER BY display_name, id`,
    );
    expect(all).toEqual(expected.map((r) => r.display_name));
  });

  it('searches names, headlines, skills and bios without accents, as prefixes', async () => {
    expect(
      names(await t.gql<Members>(MEMBERS, { filter: { search: 'elodie' } }, viewer.token)),
    ).toEqual(['Élodie Mercier']);
    expect(
      names(
        await t.gql<Members>(MEMBERS, { filter: { search: 'mesurer l’impact' } }, viewer.token),
      ),
    ).toEqual(['Élodie Mercier']);
    expect(
      names(await t.gql<Members>(MEMBERS, { filter: { search: 'incub' } }, viewer.token)),
    ).toEqual(['Jun Santos']);
    expect(
      names(
        await t.gql<Members>(
          MEMBERS,
          { filter: { search: `"'); DROP TABLE members; --` } },
          viewer.token,
        ),
      ),
    ).toEqual([]);
  });

  it('filters by skill, interest, country, language and community role', async () => {
    expect(
      names(
        await t.gql<Members>(MEMBERS, { filter: { skill: 'Governance' } }, viewer.token),
      ).sort(),
    ).toEqual(['Mara Okafor', 'Élodie Mercier']);
    expect(
      names(
        await t.gql<Members>(
          MEMBERS,
          { filter: { skill: 'governance', country: 'US' } },
          viewer.token,
        ),
      ),
    ).toEqual(['Mara Okafor']);
    expect(
      names(await t.gql<Members>(MEMBERS, { filter: { language: 'tl' } }, viewer.token)),
    ).toEqual(['Jun Santos']);
    expect(
      names(await t.gql<Members>(MEMBERS, { filter: { interest: 'housing' } }, viewer.token)),
    ).toEqual(['Mara Okafor']);
    expect(
      names(
        await t.gql<Members>(MEMBERS, { filter: { communityRole: 'RESEARCHER' } }, viewer.token),
      ),
    ).toEqual(['Élodie Mercier']);
  });

  it('suggests tags in use by prefix, most used first', async () => {
    const res = await t.gql<{ memberTags: Array<{ name: string; count: number }> }>(
      '{ memberTags(kind: SKILL, prefix: "g") { name count } }',
      {},
      viewer.token,
    );
    expect(res.data!.memberTags).toEqual([{ name: 'governance', count: 2 }]);
    const wildcard = await t.gql<{ memberTags: unknown[] }>(
      '{ memberTags(kind: SKILL, prefix: "%") { name } }',
      {},
      viewer.token,
    );
    expect(wildcard.data!.memberTags).toEqual([]);
  });

  it('is for ACTIVE members', async () => {
    expect((await t.gql(MEMBERS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same number of queries for 2 or 50 members', async () => {
    const small = await t.countQueries(() => t.gql(MEMBERS, { first: 2 }, viewer.token));
    const large = await t.countQueries(() => t.gql(MEMBERS, { first: 50 }, viewer.token));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(2);
  });
});
