import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { count, memberWithRole } from '../support/members.fixtures';
import { png } from '../support/images';
import { upload } from '../support/uploads';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreatePlaceInput!) {
    createPlace(input: $input) {
      id
      slug
      name
      country
      latitude
      longitude
      kinds
      challenges
      videos
      team {
        role
        member {
          handle
        }
      }
      followersCount
      viewerFollows
      photos {
        id
        url
        thumbnailUrl
      }
    }
  }
`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlaceInput!) { updatePlace(id: $id, input: $input) { id name summary photos { id } } }`;
const ADD_LESSON = /* GraphQL */ `
  mutation ($placeId: ID!, $input: LessonInput!) {
    addLesson(placeId: $placeId, input: $input) {
      id
      title
      challenge
      figures {
        label
        value
        unit
      }
      author {
        handle
      }
      place {
        slug
      }
    }
  }
`;

const placeInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'La Friche du Canal',
  summary:
    'A former warehouse on the canal, turned into workshops, a canteen and a community garden.',
  kinds: ['THIRD_PLACE', 'FABLAB'],
  city: 'Lyon',
  country: 'FR',
  latitude: 45.76,
  longitude: 4.83,
  challenges: ['BUSINESS_MODEL'],
  ...overrides,
});
const lessonInput = (overrides: Record<string, unknown> = {}) => ({
  challenge: 'BUSINESS_MODEL',
  title: 'Renting the hall on closing days',
  whatWeTried:
    'We rented the main hall to companies on the days the place was closed to the public.',
  outcome: 'It paid for a third of the fitting-out in two years, without changing the public days.',
  advice: 'Write the rules of use with the residents first.',
  figures: [{ label: 'Share of fitting-out paid', value: 33, unit: '%' }],
  ...overrides,
});

type Created = {
  createPlace: {
    id: string;
    slug: string;
    team: unknown[];
    followersCount: number;
    viewerFollows: boolean;
    photos: Array<{ id: string }>;
  };
};

describe('creating and editing places', () => {
  let t: TestApp;
  let founder: { id: string; token: string };
  let stranger: { id: string; token: string };
  let moderator: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp();
    founder = await memberWithRole(t, MemberRole.MEMBER);
    stranger = await memberWithRole(t, MemberRole.MEMBER);
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
  });
  afterAll(() => t.close());

  it('creates a place with photos: the creator is its founder and follows it', async () => {
    const photos = [
      await upload(t, founder.token, await png(900, 600)),
      await upload(t, founder.token, await png(600, 900)),
    ];
    const res = await t.gql<Created>(
      CREATE,
      {
        input: placeInput({
          photoIds: photos.map((p) => p.body.id),
          videos: ['https://vimeo.com/123456', 'https://tube.example.org/w/abc123'],
        }),
      },
      founder.token,
    );
    expect(res.errors).toBeUndefined();
    const place = res.data!.createPlace;
    expect(place).toMatchObject({
      slug: 'la-friche-du-canal',
      team: [{ role: 'FOUNDER', member: { handle: expect.any(String) } }],
      followersCount: 1,
      viewerFollows: true,
    });
    expect(place.photos.map((p) => p.id)).toEqual(photos.map((p) => p.body.id));
    const again = await t.gql<Created>(CREATE, { input: placeInput() }, founder.token);
    expect(again.data!.createPlace.slug).toBe('la-friche-du-canal-2');
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['an invalid country code', { country: 'XX' }, 'country', /ISO 3166-1/],
    ['latitude 123', { latitude: 123 }, 'latitude', /between -90 and 90/],
    ['an empty name', { name: '   ' }, 'name', /required|between/],
    ['a 10 000-word summary', { summary: 'word '.repeat(10_000) }, 'summary', /between 10 and 500/],
    ['no kind', { kinds: [] }, 'kinds', /at least one/],
    [
      'a video from an unknown site',
      { videos: ['http://example.org/movie.mp4'] },
      'videos',
      /YouTube, Vimeo or PeerTube/,
    ],
    ['a latitude without longitude', { longitude: null }, 'longitude', /both/],
    ['a founding year in the future', { foundedYear: 3000 }, 'foundedYear', /future/],
  ];
  it.each(bad)('refuses %s, creating nothing', async (_label, overrides, field, message) => {
    const before = await count(t, 'places');
    const res = await t.gql(CREATE, { input: placeInput(overrides) }, founder.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[field]).toMatch(message);
    expect(await count(t, 'places')).toBe(before);
  });

  it('refuses an unknown kind of place', async () => {
    const res = await t.gql(CREATE, { input: placeInput({ kinds: ['CASTLE'] }) }, founder.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses photos that are someone else’s uploads', async () => {
    const theirs = await upload(t, stranger.token, await png());
    const before = await count(t, 'places');
    const res = await t.gql(
      CREATE,
      { input: placeInput({ photoIds: [theirs.body.id] }) },
      founder.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { photoIds: 'must be images you uploaded' },
    });
    expect(await count(t, 'places')).toBe(before);
  });

  it('lets the team edit, refuses others with FORBIDDEN, and lets moderators edit any place', async () => {
    const { createPlace: place } = (
      await t.gql<Created>(CREATE, { input: placeInput({ name: 'Atelier Commun' }) }, founder.token)
    ).data!;
    const edited = await t.gql<{ updatePlace: { summary: string } }>(
      UPDATE,
      { id: place.id, input: { summary: 'A shared workshop for the whole street.' } },
      founder.token,
    );
    expect(edited.data!.updatePlace.summary).toBe('A shared workshop for the whole street.');

    const refused = await t.gql(
      UPDATE,
      { id: place.id, input: { name: 'Stolen' } },
      stranger.token,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count(t, 'places', `id = '${place.id}' AND name = 'Atelier Commun'`)).toBe(1);

    const byModerator = await t.gql<{ updatePlace: { name: string } }>(
      UPDATE,
      { id: place.id, input: { name: 'Atelier Commun (Lyon)' } },
      moderator.token,
    );
    expect(byModerator.data!.updatePlace.name).toBe('Atelier Commun (Lyon)');
    const unknown = await t.gql(
      UPDATE,
      { id: '01890000-0000-7000-8000-000000000000', input: { name: 'Nothing' } },
      moderator.token,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('manages the team: founders add members; a place keeps a founder', async () => {
    const { createPlace: place } = (
      await t.gql<Created>(CREATE, { input: placeInput({ name: 'Team Place' }) }, founder.token)
    ).data!;
    const handle = (
      await t.dataSource.query<Array<{ handle: string }>>(
        'SELECT handle FROM members WHERE id = $1',
        [stranger.id],
      )
    )[0].handle;
    const add = `mutation($p: ID!, $h: String!, $r: PlaceTeamRole!) { setPlaceTeamMember(placeId: $p, handle: $h, role: $r) }`;
    expect(
      (await t.gql(add, { p: place.id, h: handle, r: 'STAFF' }, stranger.token)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(add, { p: place.id, h: handle, r: 'STAFF' }, founder.token)).errors,
    ).toBeUndefined();
    // Now on the staff, the stranger can edit.
    expect(
      (await t.gql(UPDATE, { id: place.id, input: { city: 'Villeurbanne' } }, stranger.token))
        .errors,
    ).toBeUndefined();
    const remove = `mutation($p: ID!, $m: ID!) { removePlaceTeamMember(placeId: $p, memberId: $m) }`;
    const lastFounder = await t.gql(remove, { p: place.id, m: founder.id }, founder.token);
    expect(lastFounder.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count(t, 'place_members', `place_id = '${place.id}'`)).toBe(2);
  });

  it('adds lessons from the team, readable by everyone and found by challenge', async () => {
    const { createPlace: place } = (
      await t.gql<Created>(CREATE, { input: placeInput({ name: 'Lesson Place' }) }, founder.token)
    ).data!;
    const res = await t.gql<{ addLesson: Record<string, unknown> }>(
      ADD_LESSON,
      { placeId: place.id, input: lessonInput() },
      founder.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addLesson).toMatchObject({
      challenge: 'BUSINESS_MODEL',
      figures: [{ label: 'Share of fitting-out paid', value: 33, unit: '%' }],
      place: { slug: place.slug },
    });

    const refused = await t.gql(
      ADD_LESSON,
      { placeId: place.id, input: lessonInput() },
      stranger.token,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooShort = await t.gql(
      ADD_LESSON,
      { placeId: place.id, input: lessonInput({ outcome: 'ok' }) },
      founder.token,
    );
    expect(tooShort.errors?.[0].extensions?.fields).toMatchObject({
      outcome: expect.stringMatching(/between 10/),
    });
    expect(await count(t, 'lessons', `place_id = '${place.id}'`)).toBe(1);

    const byChallenge = await t.gql<{ lessons: { edges: Array<{ node: { title: string } }> } }>(
      '{ lessons(filter: { challenge: BUSINESS_MODEL }) { edges { node { title } } } }',
    );
    expect(byChallenge.data!.lessons.edges.map((e) => e.node.title)).toContain(
      'Renting the hall on closing days',
    );
    const overview = await t.gql<{
      challenges: Array<{
        challenge: string;
        placesCount: number;
        lessonsCount: number;
        countries: string[];
      }>;
    }>('{ challenges { challenge placesCount lessonsCount countries } }');
    const businessModel = overview.data!.challenges.find((c) => c.challenge === 'BUSINESS_MODEL')!;
    expect(businessModel.lessonsCount).toBeGreaterThanOrEqual(1);
    expect(businessModel.countries).toContain('FR');
    expect(overview.data!.challenges).toHaveLength(8);
  });

  it('follows and unfollows idempotently', async () => {
    const { createPlace: place } = (
      await t.gql<Created>(CREATE, { input: placeInput({ name: 'Followed Place' }) }, founder.token)
    ).data!;
    const follow = `mutation($id: ID!) { followPlace(id: $id) { followersCount viewerFollows } }`;
    const unfollow = `mutation($id: ID!) { unfollowPlace(id: $id) { followersCount viewerFollows } }`;
    await t.gql(follow, { id: place.id }, stranger.token);
    const twice = await t.gql<{ followPlace: { followersCount: number; viewerFollows: boolean } }>(
      follow,
      { id: place.id },
      stranger.token,
    );
    expect(twice.data!.followPlace).toEqual({ followersCount: 2, viewerFollows: true });
    const off = await t.gql<{ unfollowPlace: { followersCount: number; viewerFollows: boolean } }>(
      unfollow,
      { id: place.id },
      stranger.token,
    );
    expect(off.data!.unfollowPlace).toEqual({ followersCount: 1, viewerFollows: false });
  });

  it('hides a place from everyone but its team and moderators, and logs it', async () => {
    const { createPlace: place } = (
      await t.gql<Created>(CREATE, { input: placeInput({ name: 'Hidden Place' }) }, founder.token)
    ).data!;
    const hide = `mutation($id: ID!) { hidePlace(id: $id, reason: "Misleading address") { hidden hiddenReason } }`;
    expect((await t.gql(hide, { id: place.id }, founder.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await t.gql<{ hidePlace: unknown }>(hide, { id: place.id }, moderator.token)).data!
        .hidePlace,
    ).toEqual({ hidden: true, hiddenReason: 'Misleading address' });
    const query = `query($slug: String!) { place(slug: $slug) { name hiddenReason } }`;
    expect((await t.gql<{ place: unknown }>(query, { slug: place.slug })).data!.place).toBeNull();
    expect(
      (await t.gql<{ place: unknown }>(query, { slug: place.slug }, stranger.token)).data!.place,
    ).toBeNull();
    expect(
      (await t.gql<{ place: { hiddenReason: string } }>(query, { slug: place.slug }, founder.token))
        .data!.place.hiddenReason,
    ).toBe('Misleading address');
    const follow = await t.gql(
      `mutation($id: ID!) { followPlace(id: $id) { id } }`,
      { id: place.id },
      stranger.token,
    );
    expect(follow.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await t.gql<{ places: { edges: Array<{ node: { name: string } }> } }>(
      '{ places(first: 100) { edges { node { name } } } }',
    );
    expect(list.data!.places.edges.map((e) => e.node.name)).not.toContain('Hidden Place');
    expect(
      await count(t, 'moderation_actions', `action = 'HIDE_PLACE' AND target_id = '${place.id}'`),
    ).toBe(1);
  });
});
