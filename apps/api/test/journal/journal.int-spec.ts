import { JSDOM } from 'jsdom';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { Limits, MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { png } from '../support/images';
import { count, memberWithRole, PASSWORD } from '../support/members.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { upload } from '../support/uploads';

const STORY_FIELDS = /* GraphQL */ `
  id
  slug
  title
  summary
  body
  language
  challenges
  videos
  status
  publishedAt
  version
  url
  threadId
  author {
    id
  }
  places {
    id
    name
  }
  cover {
    id
    url
    alt
  }
`;
const CREATE = `mutation($input: CreateStoryInput!) { createStory(input: $input) { ${STORY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStoryInput!) { updateStory(id: $id, input: $input) { ${STORY_FIELDS} revisions { version title body } } }`;
const PUBLISH = `mutation($id: ID!) { publishStory(id: $id) { ${STORY_FIELDS} } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishStory(id: $id) { id status } }`;
const DELETE = `mutation($id: ID!) { deleteStory(id: $id) }`;
const STORY = `query($slug: String!) { story(slug: $slug) { ${STORY_FIELDS} revisions { version title summary body } } }`;
const STORIES = /* GraphQL */ `
  query ($filter: StoryFilter, $first: Int, $after: String) {
    stories(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          title
          language
          publishedAt
          author {
            handle
          }
          places {
            name
          }
          cover {
            thumbnailUrl
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
const DRAFTS = `query { storyDrafts { edges { node { id title status } } } }`;
const FOLLOW = `mutation { followJournal { followersCount viewerFollows feedUrl } }`;
const UNFOLLOW = `mutation { unfollowJournal { followersCount viewerFollows } }`;
const JOURNAL = `query { journal { followersCount viewerFollows feedUrl } }`;
const PLACE = `query($slug: String!) { place(slug: $slug) { id visitedByTour stories { id title } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id title category { slug } place { id } challenge story { id slug } } }`;
const POSTS = `query($id: ID!) { thread(id: $id) { posts(first: 5) { edges { node { body author { id } } } } } }`;

type Story = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: string;
  version: number;
  publishedAt: string | null;
  threadId: string | null;
  url: string;
  places: Array<{ id: string; name: string }>;
  cover: { id: string; url: string; alt: string | null } | null;
  revisions?: Array<{ version: number; title: string; body: string }>;
};
type Member = { id: string; email: string; token: string };

describe('research journal: drafts, publication, versions, followers and the feed', () => {
  let t: TestApp;
  let ambassador: Member;
  let otherAmbassador: Member;
  let moderator: Member;
  let member: Member;
  let places: Array<{ id: string; slug: string }>;
  let n = 0;

  const storyInput = (overrides: Record<string, unknown> = {}) => {
    n += 1;
    return {
      title: `Notes from the tour ${n}`,
      summary: 'What we saw, who we met, and what they taught us about rent.',
      body: 'The **ground floor** is rented to companies on closing days.',
      language: 'en',
      placeIds: [places[0].id],
      challenges: ['BUSINESS_MODEL'],
      videos: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ...overrides,
    };
  };

  async function write(overrides: Record<string, unknown> = {}, by: Member = ambassador) {
    const res = await t.gql<{ createStory: Story }>(
      CREATE,
      { input: storyInput(overrides) },
      by.token,
    );
    if (!res.data?.createStory) throw new Error(JSON.stringify(res.errors));
    return res.data.createStory;
  }

  async function publish(id: string, by: Member = ambassador) {
    const res = await t.gql<{ publishStory: Story }>(PUBLISH, { id }, by.token);
    if (!res.data?.publishStory) throw new Error(JSON.stringify(res.errors));
    return res.data.publishStory;
  }

  const read = (slug: string, token?: string) =>
    t.gql<{ story: Story | null }>(STORY, { slug }, token);

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://wide-open.example' });
    ambassador = await memberWithRole(t, MemberRole.AMBASSADOR);
    otherAmbassador = await memberWithRole(t, MemberRole.AMBASSADOR);
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
    member = await memberWithRole(t, MemberRole.MEMBER);
    places = [];
    for (const name of ['Les Grands Voisins', 'Ponyride', 'Hidden Place']) {
      const id = uuidv7();
      const slug = name.toLowerCase().replace(/ /g, '-');
      await t.dataSource.query(
        `INSERT INTO places (id, slug, name, summary, kinds, challenges, city, country, created_by, hidden_at)
         VALUES ($1, $2, $3, 'A place the tour visits.', '{THIRD_PLACE}', '{}', 'Paris', 'FR', $4, $5)`,
        [id, slug, name, moderator.id, name === 'Hidden Place' ? new Date() : null],
      );
      places.push({ id, slug });
    }
  });
  afterAll(() => t.close());

  it('keeps a draft to its author and moderators: anonymous readers, members and other ambassadors get nothing', async () => {
    const draft = await write();
    expect(draft).toMatchObject({ status: 'DRAFT', publishedAt: null, version: 1, threadId: null });
    expect(draft.url).toBe(`https://wide-open.example/journal/${draft.slug}`);
    expect(draft.places.map((p) => p.id)).toEqual([places[0].id]);

    expect((await read(draft.slug)).data?.story).toBeNull();
    expect((await read(draft.slug, member.token)).data?.story).toBeNull();
    expect((await read(draft.slug, otherAmbassador.token)).data?.story).toBeNull();
    expect((await read(draft.slug, ambassador.token)).data?.story?.id).toBe(draft.id);
    expect((await read(draft.slug, moderator.token)).data?.story?.id).toBe(draft.id);

    const list = await t.gql<{ stories: { edges: Array<{ node: { id: string } }> } }>(STORIES, {});
    expect(list.data?.stories.edges.map((e) => e.node.id)).not.toContain(draft.id);
    const mine = await t.gql<{ storyDrafts: { edges: Array<{ node: { id: string } }> } }>(
      DRAFTS,
      {},
      ambassador.token,
    );
    expect(mine.data?.storyDrafts.edges.map((e) => e.node.id)).toContain(draft.id);
    const theirs = await t.gql<{ storyDrafts: { edges: Array<{ node: { id: string } }> } }>(
      DRAFTS,
      {},
      otherAmbassador.token,
    );
    expect(theirs.data?.storyDrafts.edges.map((e) => e.node.id)).not.toContain(draft.id);

    // Addressed by id, an unseen draft does not exist for them; members cannot write at all.
    const edit = await t.gql(
      UPDATE,
      { id: draft.id, input: { title: 'Mine now' } },
      otherAmbassador.token,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const publishing = await t.gql(PUBLISH, { id: draft.id }, otherAmbassador.token);
    expect(publishing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byMember = await t.gql(CREATE, { input: storyInput() }, member.token);
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byNobody = await t.gql(CREATE, { input: storyInput() });
    expect(byNobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await read(draft.slug, ambassador.token)).data?.story?.title).toBe(draft.title);
  });

  it('publishes: public at once, a Research thread linked both ways, and followers told as they chose', async () => {
    const follower = await memberWithRole(t, MemberRole.MEMBER);
    const quiet = await memberWithRole(t, MemberRole.MEMBER);
    const former = await memberWithRole(t, MemberRole.MEMBER);
    for (const m of [follower, quiet, former, ambassador]) {
      const res = await t.gql<{ followJournal: { viewerFollows: boolean } }>(FOLLOW, {}, m.token);
      expect(res.data?.followJournal.viewerFollows).toBe(true);
    }
    expect((await t.gql(UNFOLLOW, {}, former.token)).errors).toBeUndefined();
    await t.gql(
      `mutation { setNotificationPreference(type: STORY_PUBLISHED, delivery: OFF) { delivery } }`,
      {},
      quiet.token,
    );

    const draft = await write({ title: 'Renting halls on closing days' });
    const story = await publish(draft.id);
    expect(story.status).toBe('PUBLISHED');
    expect(story.publishedAt).not.toBeNull();
    expect(story.threadId).not.toBeNull();

    const anonymous = await read(story.slug);
    expect(anonymous.data?.story).toMatchObject({ id: story.id, revisions: [] });
    const list = await t.gql<{ stories: { edges: Array<{ node: { id: string } }> } }>(STORIES, {});
    expect(list.data?.stories.edges[0]?.node.id).toBe(story.id);

    const thread = await t.gql<{
      thread: {
        title: string;
        category: { slug: string };
        place: { id: string };
        challenge: string;
        story: { id: string; slug: string };
      };
    }>(THREAD, { id: story.threadId });
    expect(thread.data?.thread).toMatchObject({
      title: 'Renting halls on closing days',
      category: { slug: 'research' },
      place: { id: places[0].id },
      challenge: 'BUSINESS_MODEL',
      story: { id: story.id, slug: story.slug },
    });
    const posts = await t.gql<{
      thread: { posts: { edges: Array<{ node: { body: string; author: { id: string } } }> } };
    }>(POSTS, { id: story.threadId }, member.token);
    const first = posts.data?.thread.posts.edges[0]?.node;
    expect(first?.author.id).toBe(ambassador.id);
    expect(first?.body).toContain(`(/journal/${story.slug})`);

    const notified = async (m: Member) =>
      count(t, 'notifications', `member_id = '${m.id}' AND type = 'STORY_PUBLISHED'`);
    expect(await notified(follower)).toBe(1);
    expect(await notified(quiet)).toBe(0); // chose OFF
    expect(await notified(former)).toBe(0); // unfollowed
    expect(await notified(ambassador)).toBe(0); // the author
    const [row] = await t.dataSource.query<Array<{ payload: Record<string, string> }>>(
      `SELECT payload FROM notifications WHERE member_id = $1 AND type = 'STORY_PUBLISHED'`,
      [follower.id],
    );
    expect(row.payload).toMatchObject({
      storyId: story.id,
      storySlug: story.slug,
      storyTitle: 'Renting halls on closing days',
    });
    // STORY_PUBLISHED is emailed at once by default, in the follower's language.
    await eventually(() =>
      expect(
        t
          .outbox()
          .some((mail) => mail.to.includes(follower.email) && mail.text.includes(story.slug)),
      ).toBe(true),
    );

    const again = await t.gql(PUBLISH, { id: story.id }, ambassador.token);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const place = await t.gql<{
      place: { visitedByTour: boolean; stories: Array<{ id: string }> };
    }>(PLACE, { slug: places[0].slug });
    expect(place.data?.place.visitedByTour).toBe(true);
    expect(place.data?.place.stories.map((s) => s.id)).toContain(story.id);
    const unvisited = await t.gql<{ place: { visitedByTour: boolean } }>(PLACE, {
      slug: places[1].slug,
    });
    expect(unvisited.data?.place.visitedByTour).toBe(false);
    const tour = await t.gql<{ tourPlaces: Array<{ id: string }> }>(`{ tourPlaces { id } }`);
    expect(tour.data?.tourPlaces.map((p) => p.id)).toEqual([places[0].id]);
  });

  it('keeps each earlier version of a published text, and lets only its author or a moderator edit', async () => {
    const story = await publish((await write({ body: 'First wording.' })).id);
    const edited = await t.gql<{ updateStory: Story }>(
      UPDATE,
      { id: story.id, input: { body: 'Second wording, corrected.' } },
      ambassador.token,
    );
    expect(edited.data?.updateStory).toMatchObject({
      version: 2,
      body: 'Second wording, corrected.',
      revisions: [{ version: 1, body: 'First wording.', title: story.title }],
    });
    const byModerator = await t.gql<{ updateStory: Story }>(
      UPDATE,
      { id: story.id, input: { title: 'A title the moderators fixed' } },
      moderator.token,
    );
    expect(byModerator.data?.updateStory.version).toBe(3);
    // Changing only places or challenges is not a new version of the text.
    const metadata = await t.gql<{ updateStory: Story }>(
      UPDATE,
      { id: story.id, input: { placeIds: [places[1].id, places[0].id] } },
      ambassador.token,
    );
    expect(metadata.data?.updateStory.version).toBe(3);
    expect(metadata.data?.updateStory.places.map((p) => p.id)).toEqual([
      places[1].id,
      places[0].id,
    ]);

    const revisionsBefore = await count(t, 'story_revisions', `story_id = '${story.id}'`);
    const byOther = await t.gql(
      UPDATE,
      { id: story.id, input: { body: 'Hijacked.' } },
      otherAmbassador.token,
    );
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byMember = await t.gql(
      UPDATE,
      { id: story.id, input: { body: 'Hijacked.' } },
      member.token,
    );
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unpublishByOther = await t.gql(UNPUBLISH, { id: story.id }, otherAmbassador.token);
    expect(unpublishByOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const after = (await read(story.slug, ambassador.token)).data!.story!;
    expect(after).toMatchObject({
      version: 3,
      body: 'Second wording, corrected.',
      status: 'PUBLISHED',
    });
    expect(after.revisions?.map((r) => r.version)).toEqual([2, 1]);
    expect(await count(t, 'story_revisions', `story_id = '${story.id}'`)).toBe(revisionsBefore);
    // Readers see the current text and its version; the earlier wordings are for its editors.
    expect((await read(story.slug, member.token)).data?.story).toMatchObject({
      version: 3,
      revisions: [],
    });
  });

  it('refuses bad input field by field, and changes nothing', async () => {
    const storiesBefore = await count(t, 'stories');
    const placesLinksBefore = await count(t, 'story_places');
    const refused = async (overrides: Record<string, unknown>) => {
      const res = await t.gql(CREATE, { input: storyInput(overrides) }, ambassador.token);
      expect(res.data?.createStory ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.fields!;
    };
    expect(await refused({ title: '   ' })).toEqual({ title: 'is required' });
    expect(await refused({ body: 'x'.repeat(Limits.story.body.max + 1) })).toEqual({
      body: `must be at most ${Limits.story.body.max} characters`,
    });
    const unknownPlace = uuidv7();
    expect((await refused({ placeIds: [places[0].id, unknownPlace] })).placeIds).toBe(
      `must be places on Wide Open (not found: ${unknownPlace})`,
    );
    // A hidden place is not one readers could follow a link to.
    expect((await refused({ placeIds: [places[2].id] })).placeIds).toMatch(/not found/);
    expect((await refused({ placeIds: ['not-an-id'] })).placeIds).toBe('must be place ids');
    expect((await refused({ challenges: ['BUSINESS_MODEL', 'CASTLE'] })).challenges).toMatch(
      /"CASTLE" does not exist in "Challenge" enum/,
    );
    expect(await refused({ language: 'de' })).toEqual({ language: 'must be fr or en' });
    expect(await refused({ videos: ['https://evil.example/video.mp4'] })).toEqual({
      videos: 'must be YouTube, Vimeo or PeerTube video pages (https)',
    });
    expect(await refused({ summary: 'Short' })).toEqual({
      summary: 'must be between 10 and 300 characters',
    });
    // A cover must be one of the writer's own uploads.
    const image = await upload(t, member.token, await png());
    expect(image.status).toBe(201);
    expect(await refused({ coverId: image.body.id })).toEqual({
      coverId: 'must be images you uploaded',
    });
    expect(await count(t, 'stories')).toBe(storiesBefore);
    expect(await count(t, 'story_places')).toBe(placesLinksBefore);

    // The same on an edit: the story stays exactly as it was.
    const story = await publish((await write()).id);
    const editRefused = async (input: Record<string, unknown>) => {
      const res = await t.gql(UPDATE, { id: story.id, input }, ambassador.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.fields!;
    };
    expect(await editRefused({ title: '' })).toEqual({ title: 'cannot be empty' });
    expect(await editRefused({ body: 'x'.repeat(Limits.story.body.max + 1) })).toEqual({
      body: `must be at most ${Limits.story.body.max} characters`,
    });
    expect((await editRefused({ body: 'New body', placeIds: [uuidv7()] })).placeIds).toMatch(
      /not found/,
    );
    expect(await editRefused({ language: null })).toEqual({ language: 'must be fr or en' });
    const unchanged = (await read(story.slug, ambassador.token)).data!.story!;
    expect(unchanged).toMatchObject({
      title: story.title,
      body: story.body,
      version: 1,
      places: story.places,
    });
    expect(await count(t, 'story_revisions', `story_id = '${story.id}'`)).toBe(0);
  });

  it('shows a cover from the writer’s own upload, with its alternative text', async () => {
    const image = await upload(t, ambassador.token, await png(1200, 800));
    const story = await write({
      coverId: image.body.id,
      coverAlt: 'The main hall, in the morning',
    });
    expect(story.cover).toMatchObject({ id: image.body.id, alt: 'The main hall, in the morning' });
    expect(story.cover?.url).toMatch(/\/uploads\/images\/.+\.webp$/);
    const removed = await t.gql<{ updateStory: Story }>(
      UPDATE,
      { id: story.id, input: { coverId: null } },
      ambassador.token,
    );
    expect(removed.data?.updateStory.cover).toBeNull();
  });

  it('filters the list by place, challenge and language, a keyset page at a time', async () => {
    const french = await publish(
      (
        await write({
          language: 'fr',
          placeIds: [places[1].id],
          challenges: ['SCALING'],
          title: 'Un atelier à bas loyer',
        })
      ).id,
    );
    const ids = async (filter: Record<string, unknown>) =>
      (
        await t.gql<{ stories: { edges: Array<{ node: { id: string } }> } }>(STORIES, { filter })
      ).data!.stories.edges.map((e) => e.node.id);
    expect(await ids({ language: 'fr' })).toEqual([french.id]);
    expect(await ids({ placeId: places[1].id })).toContain(french.id);
    expect(await ids({ challenge: 'SCALING' })).toEqual([french.id]);
    expect(await ids({ challenge: 'BUSINESS_MODEL' })).not.toContain(french.id);
    const bad = await t.gql(STORIES, { filter: { language: 'xx' } });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual({ 'filter.language': 'must be fr or en' });

    const all = await ids({});
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data?: {
          stories: {
            edges: Array<{ node: { id: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await t.gql(STORIES, { first: 2, after });
      seen.push(...page.data!.stories.edges.map((e) => e.node.id));
      after = page.data!.stories.pageInfo.hasNextPage
        ? page.data!.stories.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(all);
  });

  it('issues the same few SQL queries for a page of 3 or 40 stories (authors, places and covers batched)', async () => {
    const image = await upload(t, ambassador.token, await png());
    for (let i = 0; i < 40; i++) {
      const story = await write({
        placeIds: [places[i % 2].id],
        coverId: i === 39 ? image.body.id : undefined, // the newest: on both pages
      });
      await publish(story.id);
    }
    const small = await t.countQueries(() => t.gql(STORIES, { first: 3 }));
    const large = await t.countQueries(() => t.gql(STORIES, { first: 40 }));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(4); // the page, authors, places, covers
    const mapQuery = `query { places(first: 50) { edges { node { id visitedByTour stories { id } } } } }`;
    expect(await t.countQueries(() => t.gql(mapQuery))).toBeLessThanOrEqual(3);
  });

  it('takes a story back to draft, and deletes only drafts never published', async () => {
    const story = await publish((await write()).id);
    const back = await t.gql<{ unpublishStory: { status: string } }>(
      UNPUBLISH,
      { id: story.id },
      ambassador.token,
    );
    expect(back.data?.unpublishStory.status).toBe('DRAFT');
    expect((await read(story.slug)).data?.story).toBeNull();
    const deleting = await t.gql(DELETE, { id: story.id }, ambassador.token);
    expect(deleting.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    // Published again: the same thread and the first date, and followers are not told twice.
    const notificationsBefore = await count(t, 'notifications', `type = 'STORY_PUBLISHED'`);
    const again = await publish(story.id);
    expect(again).toMatchObject({ threadId: story.threadId, publishedAt: story.publishedAt });
    expect(await count(t, 'notifications', `type = 'STORY_PUBLISHED'`)).toBe(notificationsBefore);

    const draft = await write();
    expect(
      (await t.gql(DELETE, { id: draft.id }, otherAmbassador.token)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await t.gql(DELETE, { id: draft.id }, ambassador.token)).data).toEqual({
      deleteStory: true,
    });
    expect(await count(t, 'stories', `id = '${draft.id}'`)).toBe(0);
  });

  it('lets ACTIVE members follow the journal, idempotently; applicants cannot', async () => {
    const reader = await memberWithRole(t, MemberRole.MEMBER);
    const before = (await t.gql<{ journal: { followersCount: number } }>(JOURNAL)).data!.journal
      .followersCount;
    await t.gql(FOLLOW, {}, reader.token);
    const twice = await t.gql<{ followJournal: { followersCount: number; feedUrl: string } }>(
      FOLLOW,
      {},
      reader.token,
    );
    expect(twice.data?.followJournal).toEqual({
      followersCount: before + 1,
      viewerFollows: true,
      feedUrl: 'https://wide-open.example/journal/feed.atom',
    });
    expect(
      (await t.gql<{ journal: { viewerFollows: boolean } }>(JOURNAL)).data?.journal.viewerFollows,
    ).toBe(false);
    await t.gql(UNFOLLOW, {}, reader.token);
    const gone = await t.gql<{ unfollowJournal: { followersCount: number } }>(
      UNFOLLOW,
      {},
      reader.token,
    );
    expect(gone.data?.unfollowJournal.followersCount).toBe(before);
    const applicant = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    expect((await t.gql(FOLLOW, {}, applicant.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps a deleted author’s published stories and their covers, signed "former member", and removes their drafts', async () => {
    const writer = await memberWithRole(t, MemberRole.AMBASSADOR);
    const image = await upload(t, writer.token, await png());
    const kept = await publish((await write({ coverId: image.body.id }, writer)).id, writer);
    const draft = await write({}, writer);
    const deleted = await t.gql(
      `mutation($p: String!) { deleteAccount(password: $p) }`,
      { p: PASSWORD },
      writer.token,
    );
    expect(deleted.errors).toBeUndefined();
    expect(await count(t, 'stories', `id = '${draft.id}'`)).toBe(0);
    const story = await t.gql<{ story: Story & { author: { displayName: string } } }>(
      `query($slug: String!) { story(slug: $slug) { id cover { id } author { displayName } } }`,
      { slug: kept.slug },
    );
    expect(story.data?.story).toMatchObject({
      id: kept.id,
      cover: { id: image.body.id },
      author: { displayName: 'Former member' },
    });
  });

  it('serves the published stories as a well-formed Atom feed with escaped text and absolute links', async () => {
    const hostile = await publish(
      (await write({ title: 'Rent <script>alert(1)</script> & “commons”', language: 'fr' })).id,
    );
    const draft = await write({ title: 'A draft nobody must see' });

    const res = await request(t.app.getHttpServer()).get('/journal/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=900');
    expect(res.text).not.toContain('<script>');
    const doc = new new JSDOM().window.DOMParser().parseFromString(res.text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('feed');
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = Array.from(doc.getElementsByTagName('entry'));
    const published = await count(t, 'stories', `status = 'PUBLISHED'`);
    expect(entries).toHaveLength(Math.min(published, 50));
    const first = entries[0];
    expect(first.getElementsByTagName('title')[0].textContent).toBe(hostile.title);
    expect(first.getElementsByTagName('id')[0].textContent).toBe(`urn:uuid:${hostile.id}`);
    expect(first.getElementsByTagName('link')[0].getAttribute('href')).toBe(
      `https://wide-open.example/journal/${hostile.slug}`,
    );
    expect(res.text).not.toContain(draft.title);
    expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(
      'https://wide-open.example/journal/feed.atom',
    );

    const french = await request(t.app.getHttpServer()).get('/journal/feed.atom?lang=fr');
    const frDoc = new new JSDOM().window.DOMParser().parseFromString(
      french.text,
      'application/xml',
    );
    const frEntries = Array.from(frDoc.getElementsByTagName('entry'));
    expect(frEntries.length).toBeGreaterThan(0);
    expect(frEntries.every((e) => e.querySelector('link')?.getAttribute('hreflang') === 'fr')).toBe(
      true,
    );
    const badLang = await request(t.app.getHttpServer()).get('/journal/feed.atom?lang=de');
    expect(badLang.status).toBe(400);

    const cached = await request(t.app.getHttpServer())
      .get('/journal/feed.atom')
      .set('if-none-match', String(res.headers['etag']));
    expect(cached.status).toBe(304);
  });
});
