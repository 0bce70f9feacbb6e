import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { MemberRole } from '@wide-open/shared/contracts';
// The journeys read PDFs with the same helper (one copy for both test kinds).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { pdfTitles } from '../../../web-e2e/src/support/pdf-strings';
import { count, memberWithRole } from '../support/members.fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

const CHAPTER_FIELDS = /* GraphQL */ `
  fragment Chapter on GuideChapter {
    id
    slug
    stage
    position
    challenges
    status
    publishedAt
    published {
      id
      number
      titleEn
      titleFr
      bodyEn
      isPublished
      references {
        kind
        key
        token
        available
        title
        path
        placeName
      }
    }
    latestVersion {
      id
      number
      titleEn
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateGuideChapterInput!) {
    createGuideChapter(input: $input) {
      ...Chapter
    }
  }
  ${CHAPTER_FIELDS}
`;
const EDIT = /* GraphQL */ `
  mutation Edit($input: EditGuideChapterInput!) {
    editGuideChapter(input: $input) {
      id
      number
      titleEn
      note
      isPublished
      author {
        id
      }
    }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($chapterId: ID!, $versionId: ID!) {
    publishGuideChapter(chapterId: $chapterId, versionId: $versionId) {
      ...Chapter
    }
  }
  ${CHAPTER_FIELDS}
`;
const CHAPTER = /* GraphQL */ `
  query Chapter($slug: String!) {
    guideChapter(slug: $slug) {
      ...Chapter
      versionHistory(first: 10) {
        edges {
          node {
            id
            number
            titleEn
            note
            isPublished
            createdAt
            author {
              id
            }
          }
        }
      }
    }
  }
  ${CHAPTER_FIELDS}
`;
const GUIDE = /* GraphQL */ `
  query Guide($includeDrafts: Boolean) {
    guide(includeDrafts: $includeDrafts) {
      updatedAt
      pdfUrl
      stages {
        stage
        chapters {
          id
          slug
          status
          published {
            titleEn
            references {
              token
              available
              title
              path
            }
            author {
              id
            }
          }
        }
      }
    }
  }
`;
const VERSION = /* GraphQL */ `
  query Version($id: ID!) {
    guideChapterVersion(id: $id) {
      id
      number
      titleEn
      isPublished
    }
  }
`;
const SUGGEST = /* GraphQL */ `
  mutation Suggest($input: SuggestGuideChangeInput!) {
    suggestGuideChange(input: $input) {
      id
      status
      text
    }
  }
`;
const SUGGESTIONS = /* GraphQL */ `
  query Suggestions($status: GuideSuggestionStatus) {
    guideSuggestions(status: $status) {
      edges {
        node {
          id
          text
          proposedWording
          status
          author {
            id
          }
          chapter {
            slug
          }
        }
      }
    }
  }
`;
const REVIEW = /* GraphQL */ `
  mutation Review($input: ReviewGuideSuggestionInput!) {
    reviewGuideSuggestion(input: $input) {
      id
      status
      reviewNote
      reviewedBy {
        id
      }
    }
  }
`;

type Chapter = {
  id: string;
  slug: string;
  status: string;
  publishedAt: string | null;
  published: null | {
    id: string;
    number: number;
    titleEn: string;
    titleFr: string;
    references: Array<{
      token: string;
      available: boolean;
      title: string | null;
      path: string | null;
      placeName: string | null;
    }>;
  };
  latestVersion: null | { id: string; number: number; titleEn: string };
};

let n = 0;
const content = (overrides: Record<string, unknown> = {}) => ({
  titleFr: `Trouver un lieu ${++n}`,
  titleEn: `Finding a site ${n}`,
  bodyFr: 'Commencez par écouter le quartier.',
  bodyEn: 'Start by listening to the neighbourhood.',
  note: 'First draft',
  ...overrides,
});

describe('guide (integration)', () => {
  let t: TestApp;
  let editor: { id: string; token: string };
  let member: { id: string; token: string };
  let placeId: string;
  let lessonId: string;

  const guideCounts = async () => ({
    chapters: await count(t, 'guide_chapters'),
    versions: await count(t, 'guide_chapter_versions'),
    suggestions: await count(t, 'guide_suggestions'),
  });

  async function create(input: Record<string, unknown> = {}): Promise<Chapter> {
    const res = await t.gql<{ createGuideChapter: Chapter }>(
      CREATE,
      { input: { stage: 'SITE', challenges: ['REAL_ESTATE'], ...content(), ...input } },
      editor.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createGuideChapter;
  }

  async function publish(chapter: { id: string }, versionId: string): Promise<Chapter> {
    const res = await t.gql<{ publishGuideChapter: Chapter }>(
      PUBLISH,
      { chapterId: chapter.id, versionId },
      editor.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.publishGuideChapter;
  }

  beforeAll(async () => {
    t = await createTestApp();
    editor = await memberWithRole(t, MemberRole.AMBASSADOR);
    member = await memberWithRole(t, MemberRole.MEMBER);
    placeId = uuidv7();
    lessonId = uuidv7();
    await t.dataSource.query(
      `INSERT INTO places (id, slug, name, summary, kinds, challenges, city, country, created_by)
       VALUES ($1, 'ponyride', 'Ponyride', 'A former factory shared by makers in Detroit.', '{INCUBATOR}', '{BUSINESS_MODEL}', 'Detroit', 'US', $2)`,
      [placeId, editor.id],
    );
    await t.dataSource.query(
      `INSERT INTO lessons (id, place_id, challenge, title, what_we_tried, outcome, author_id)
       VALUES ($1, $2, 'BUSINESS_MODEL', 'Cheap rent for a social mission', 'Rent at cost', 'Makers stayed', $3)`,
      [lessonId, placeId, editor.id],
    );
  });
  afterAll(() => t.close());

  it('keeps a draft to editors: anonymous and plain members see nothing', async () => {
    const chapter = await create();
    expect(chapter.status).toBe('DRAFT');
    expect(chapter.published).toBeNull();
    expect(chapter.latestVersion).toMatchObject({ number: 1 });

    for (const token of [undefined, member.token]) {
      const one = await t.gql<{ guideChapter: Chapter | null }>(
        CHAPTER,
        { slug: chapter.slug },
        token,
      );
      expect(one.errors).toBeUndefined();
      expect(one.data!.guideChapter).toBeNull();
      const all = await t.gql<{ guide: { stages: Array<{ chapters: Array<{ id: string }> }> } }>(
        GUIDE,
        { includeDrafts: true },
        token,
      );
      expect(all.data!.guide.stages.flatMap((s) => s.chapters).map((c) => c.id)).not.toContain(
        chapter.id,
      );
    }
    const mine = await t.gql<{ guide: { stages: Array<{ chapters: Array<{ id: string }> }> } }>(
      GUIDE,
      { includeDrafts: true },
      editor.token,
    );
    expect(mine.data!.guide.stages.flatMap((s) => s.chapters).map((c) => c.id)).toContain(
      chapter.id,
    );
    const asEditor = await t.gql<{ guideChapter: Chapter }>(
      CHAPTER,
      { slug: chapter.slug },
      editor.token,
    );
    expect(asEditor.data!.guideChapter.latestVersion!.titleEn).toMatch(/^Finding a site/);
  });

  it('publishes, keeps later edits as drafts, keeps the history, and shows the newer version once published', async () => {
    const chapter = await create();
    const published = await publish(chapter, chapter.latestVersion!.id);
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).not.toBeNull();
    const firstTitle = published.published!.titleEn;

    const edit = await t.gql<{
      editGuideChapter: { id: string; number: number; isPublished: boolean; note: string };
    }>(
      EDIT,
      {
        input: {
          chapterId: chapter.id,
          ...content({ titleEn: 'Finding a site, revised', note: 'Clearer' }),
        },
      },
      editor.token,
    );
    expect(edit.errors).toBeUndefined();
    expect(edit.data!.editGuideChapter).toMatchObject({
      number: 2,
      isPublished: false,
      note: 'Clearer',
    });

    const reader = await t.gql<{ guideChapter: Chapter }>(CHAPTER, { slug: chapter.slug });
    expect(reader.data!.guideChapter.published!.titleEn).toBe(firstTitle);
    expect(reader.data!.guideChapter.latestVersion).toBeNull();
    expect(
      (reader.data!.guideChapter as unknown as { versionHistory: unknown }).versionHistory,
    ).toBeNull();

    const history = await t.gql<{
      guideChapter: {
        versionHistory: {
          edges: Array<{ node: { number: number; isPublished: boolean; author: { id: string } } }>;
        };
      };
    }>(CHAPTER, { slug: chapter.slug }, editor.token);
    expect(history.data!.guideChapter.versionHistory.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ number: 2, isPublished: false, author: { id: editor.id } }),
      expect.objectContaining({ number: 1, isPublished: true, author: { id: editor.id } }),
    ]);

    // An old version, for editors only.
    const old = await t.gql<{ guideChapterVersion: { number: number } }>(
      VERSION,
      { id: chapter.latestVersion!.id },
      editor.token,
    );
    expect(old.data!.guideChapterVersion).toMatchObject({ number: 1, isPublished: true });
    const refused = await t.gql(VERSION, { id: chapter.latestVersion!.id }, member.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const again = await publish(chapter, edit.data!.editGuideChapter.id);
    expect(new Date(again.publishedAt!).getTime()).toBeGreaterThanOrEqual(
      new Date(published.publishedAt!).getTime(),
    );
    const after = await t.gql<{ guideChapter: Chapter }>(
      CHAPTER,
      { slug: chapter.slug },
      member.token,
    );
    expect(after.data!.guideChapter.published).toMatchObject({
      number: 2,
      titleEn: 'Finding a site, revised',
    });
  });

  it('refuses non-editors (FORBIDDEN) and anonymous writers, changing nothing', async () => {
    const chapter = await create();
    const before = await guideCounts();
    const input = { stage: 'IDEA', challenges: [], ...content() };
    const asMember = await t.gql(CREATE, { input }, member.token);
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(CREATE, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const edit = await t.gql(
      EDIT,
      { input: { chapterId: chapter.id, ...content() } },
      member.token,
    );
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const pub = await t.gql(
      PUBLISH,
      { chapterId: chapter.id, versionId: chapter.latestVersion!.id },
      member.token,
    );
    expect(pub.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await guideCounts()).toEqual(before);
    const row = await t.dataSource.query<Array<{ published_version_id: string | null }>>(
      'SELECT published_version_id FROM guide_chapters WHERE id = $1',
      [chapter.id],
    );
    expect(row[0].published_version_id).toBeNull();
  });

  it('refuses bad input with a clear field error and stores nothing', async () => {
    const chapter = await create();
    const before = await guideCounts();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ titleEn: '   ' }, 'titleEn', /between 3 and 160 characters/],
      [{ bodyFr: 'x'.repeat(50_001) }, 'bodyFr', /at most 50000 characters/],
      [{ bodyEn: `See [[lesson:${uuidv7()}]].` }, 'bodyEn', /does not exist or is hidden: lesson:/],
      [{ bodyFr: 'Voir [[place:nowhere-at-all]].' }, 'bodyFr', /place:nowhere-at-all/],
      [{ stage: 'MOON' }, 'stage', /must be one of IDEA, SITE/],
      [{ challenges: ['TELEPORTATION'] }, 'challenges', /each must be one of/],
    ];
    for (const [override, field, message] of cases) {
      const res = await t.gql(
        CREATE,
        { input: { stage: 'IDEA', challenges: [], ...content(), ...override } },
        editor.token,
      );
      expect({ field, error: res.errors?.[0] }).toMatchObject({
        field,
        error: {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: { [field]: expect.stringMatching(message) },
          },
        },
      });
    }
    const badEdit = await t.gql(
      EDIT,
      { input: { chapterId: chapter.id, ...content({ bodyEn: '[[place:nowhere-at-all]]' }) } },
      editor.token,
    );
    expect(badEdit.errors?.[0].extensions?.fields?.['bodyEn']).toMatch(/nowhere-at-all/);
    const taken = await t.gql(
      CREATE,
      { input: { stage: 'IDEA', challenges: [], ...content(), slug: chapter.slug } },
      editor.token,
    );
    expect(taken.errors?.[0].extensions?.fields?.['slug']).toMatch(/already taken/);
    const wrongVersion = await t.gql(
      PUBLISH,
      { chapterId: chapter.id, versionId: uuidv7() },
      editor.token,
    );
    expect(wrongVersion.errors?.[0].extensions?.fields?.['versionId']).toMatch(/not a version/);
    expect(await guideCounts()).toEqual(before);
  });

  it('resolves live references when read, and shows a hidden place as unavailable', async () => {
    const chapter = await create({
      bodyEn: `Read [[lesson:${lessonId}]] and visit [[place:ponyride]].`,
      bodyFr: `Lisez [[lesson:${lessonId}]].`,
    });
    await publish(chapter, chapter.latestVersion!.id);
    const read = async () =>
      (await t.gql<{ guideChapter: Chapter }>(CHAPTER, { slug: chapter.slug })).data!.guideChapter
        .published!.references;
    expect(await read()).toEqual([
      expect.objectContaining({
        token: `lesson:${lessonId}`,
        available: true,
        title: 'Cheap rent for a social mission',
        path: `/places/ponyride#lesson-${lessonId}`,
        placeName: 'Ponyride',
      }),
      expect.objectContaining({
        token: 'place:ponyride',
        available: true,
        path: '/places/ponyride',
      }),
    ]);
    // Renamed: the guide follows.
    await t.dataSource.query(`UPDATE lessons SET title = 'Rent at cost' WHERE id = $1`, [lessonId]);
    expect((await read())[0].title).toBe('Rent at cost');
    await t.dataSource.query('UPDATE places SET hidden_at = now() WHERE id = $1', [placeId]);
    try {
      expect(await read()).toEqual([
        expect.objectContaining({
          token: `lesson:${lessonId}`,
          available: false,
          title: null,
          path: null,
        }),
        expect.objectContaining({ token: 'place:ponyride', available: false, title: null }),
      ]);
    } finally {
      await t.dataSource.query('UPDATE places SET hidden_at = NULL WHERE id = $1', [placeId]);
    }
  });

  it('runs a suggestion box: members suggest, editors review, the suggester is notified', async () => {
    const draft = await create();
    const chapter = await create();
    await publish(chapter, chapter.latestVersion!.id);

    const onDraft = await t.gql(
      SUGGEST,
      { input: { chapterId: draft.id, text: 'A suggestion on a draft.', language: 'en' } },
      member.token,
    );
    expect(onDraft.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const tooShort = await t.gql(
      SUGGEST,
      { input: { chapterId: chapter.id, text: 'short', language: 'en' } },
      member.token,
    );
    expect(tooShort.errors?.[0].extensions?.fields?.['text']).toMatch(/between 10 and 2000/);
    const anonymous = await t.gql(SUGGEST, {
      input: { chapterId: chapter.id, text: 'Anonymous suggestions are refused.' },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(t, 'guide_suggestions')).toBe(0);

    const suggested = await t.gql<{ suggestGuideChange: { id: string; status: string } }>(
      SUGGEST,
      {
        input: {
          chapterId: chapter.id,
          text: 'Mention that leases for temporary occupation are often free.',
          proposedWording: 'Temporary leases can be free in exchange for care of the site.',
          language: 'en',
        },
      },
      member.token,
    );
    expect(suggested.errors).toBeUndefined();
    expect(suggested.data!.suggestGuideChange.status).toBe('OPEN');

    const asMember = await t.gql(SUGGESTIONS, {}, member.token);
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const box = await t.gql<{
      guideSuggestions: {
        edges: Array<{ node: { id: string; author: { id: string }; chapter: { slug: string } } }>;
      };
    }>(SUGGESTIONS, {}, editor.token);
    expect(box.data!.guideSuggestions.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        id: suggested.data!.suggestGuideChange.id,
        author: { id: member.id },
        chapter: { slug: chapter.slug },
      }),
    ]);

    const reviewInput = {
      suggestionId: suggested.data!.suggestGuideChange.id,
      decision: 'ACCEPTED',
      note: 'Added in the next version, thank you.',
    };
    const byMember = await t.gql(REVIEW, { input: reviewInput }, member.token);
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reviewed = await t.gql<{
      reviewGuideSuggestion: { status: string; reviewedBy: { id: string } };
    }>(REVIEW, { input: reviewInput }, editor.token);
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data!.reviewGuideSuggestion).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: { id: editor.id },
    });
    const notes = await t.dataSource.query<Array<{ payload: Record<string, string> }>>(
      `SELECT payload FROM notifications WHERE member_id = $1 AND type = 'GUIDE_SUGGESTION_REVIEWED'`,
      [member.id],
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].payload).toMatchObject({
      chapterSlug: chapter.slug,
      decision: 'ACCEPTED',
      excerpt: 'Added in the next version, thank you.',
    });
    const twice = await t.gql(
      REVIEW,
      { input: { ...reviewInput, decision: 'DECLINED' } },
      editor.token,
    );
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const open = await t.gql<{ guideSuggestions: { edges: unknown[] } }>(
      SUGGESTIONS,
      {},
      editor.token,
    );
    expect(open.data!.guideSuggestions.edges).toHaveLength(0);
  });

  it('reads the whole guide in a bounded number of SQL queries, whatever the chapters and references', async () => {
    const body = `[[lesson:${lessonId}]] [[place:ponyride]]`;
    const measure = () =>
      t.countQueries(async () => {
        const res = await t.gql(GUIDE, {}, member.token);
        expect(res.errors).toBeUndefined();
      });
    for (let i = 0; i < 2; i++) {
      const c = await create({ stage: 'IMPACT', bodyEn: body });
      await publish(c, c.latestVersion!.id);
    }
    const few = await measure();
    for (let i = 0; i < 8; i++) {
      const c = await create({ stage: i % 2 ? 'SCALING' : 'COMMUNITY', bodyEn: body });
      await publish(c, c.latestVersion!.id);
    }
    const many = await measure();
    expect(many).toBe(few);
    // session, chapters, published versions, authors, lessons with places, places by slug
    expect(many).toBeLessThanOrEqual(6);
  });

  it('prints the published guide as a PDF in English and French, with the chapter titles', async () => {
    const chapter = await create({
      stage: 'GOVERNANCE',
      titleEn: 'Sharing decisions',
      titleFr: 'Partager les décisions',
      bodyEn: `# Why\n\nSee [[place:ponyride]].`,
      bodyFr: `# Pourquoi\n\nVoir [[place:ponyride]].`,
    });
    await publish(chapter, chapter.latestVersion!.id);
    const draft = await create({ titleEn: 'Secret draft chapter', titleFr: 'Brouillon secret' });

    const english = await request(t.app.getHttpServer())
      .get('/guide/guide.pdf?lang=en')
      .buffer(true);
    expect(english.status).toBe(200);
    expect(english.headers['content-type']).toBe('application/pdf');
    const bytes = english.body as Buffer;
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const titles = pdfTitles(bytes);
    expect(titles).toEqual(expect.arrayContaining(['From idea to action', 'Sharing decisions']));
    expect(titles).not.toContain(draft.latestVersion!.titleEn);

    const french = await request(t.app.getHttpServer())
      .get('/guide/guide.pdf?lang=fr')
      .buffer(true);
    expect(french.status).toBe(200);
    expect(pdfTitles(french.body as Buffer)).toEqual(
      expect.arrayContaining(["De l'idée à l'action", 'Partager les décisions', 'Gouvernance']),
    );

    // Printed once: the same guide answers the same file.
    const again = await request(t.app.getHttpServer()).get('/guide/guide.pdf?lang=en').buffer(true);
    expect(again.headers['etag']).toBe(english.headers['etag']);

    const bad = await request(t.app.getHttpServer()).get('/guide/guide.pdf?lang=de');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { lang: 'must be fr or en' },
    });
  }, 60_000);
});
