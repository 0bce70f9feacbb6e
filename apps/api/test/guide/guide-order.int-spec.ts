import { v7 as uuidv7 } from 'uuid';
import { MemberRole } from '@wide-open/shared/contracts';
import { count, memberWithRole } from '../support/members.fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateGuideChapterInput!) {
    createGuideChapter(input: $input) {
      id
      stage
      position
    }
  }
`;
const MOVE = /* GraphQL */ `
  mutation Move($chapterId: ID!, $stage: String, $position: Int!) {
    moveGuideChapter(chapterId: $chapterId, stage: $stage, position: $position) {
      id
      stage
      position
      latestVersion {
        number
      }
    }
  }
`;
const EDIT = /* GraphQL */ `
  mutation Edit($input: EditGuideChapterInput!) {
    editGuideChapter(input: $input) {
      number
    }
  }
`;

let n = 0;
const content = () => ({
  titleFr: `Chapitre ${++n}`,
  titleEn: `Chapter ${n}`,
  bodyFr: 'Texte.',
  bodyEn: 'Text.',
});

// Tests share the stages: each one checks the chapters it made, or what it read before.
describe('guide chapters order (integration)', () => {
  let t: TestApp;
  let editor: { id: string; token: string };
  let member: { id: string; token: string };

  async function create(stage: string, position?: number): Promise<string> {
    const res = await t.gql<{ createGuideChapter: { id: string } }>(
      CREATE,
      { input: { stage, challenges: [], position, ...content() } },
      editor.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createGuideChapter.id;
  }

  /** Chapter ids by position, and the positions themselves, straight from the table. */
  async function order(stage: string): Promise<{ ids: string[]; positions: number[] }> {
    const rows = await t.dataSource.query<Array<{ id: string; position: number }>>(
      'SELECT id, position FROM guide_chapters WHERE stage = $1 ORDER BY position, id',
      [stage],
    );
    return { ids: rows.map((r) => r.id), positions: rows.map((r) => r.position) };
  }

  const move = (variables: Record<string, unknown>, token = editor.token) =>
    t.gql<{
      moveGuideChapter: { id: string; stage: string; position: number; latestVersion: unknown };
    }>(MOVE, variables, token);

  const contiguous = (length: number) => Array.from({ length }, (_, i) => i);

  beforeAll(async () => {
    t = await createTestApp();
    editor = await memberWithRole(t, MemberRole.AMBASSADOR);
    member = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  it('moves a chapter within its stage, shifting the others, without a new version', async () => {
    const [a, b, c, d] = [
      await create('IDEA'),
      await create('IDEA'),
      await create('IDEA'),
      await create('IDEA'),
    ];
    const versions = await count(t, 'guide_chapter_versions');

    const down = await move({ chapterId: a, position: 2 });
    expect(down.errors).toBeUndefined();
    expect(down.data!.moveGuideChapter).toMatchObject({
      id: a,
      stage: 'IDEA',
      position: 2,
      latestVersion: { number: 1 },
    });
    expect(await order('IDEA')).toEqual({ ids: [b, c, a, d], positions: contiguous(4) });

    const up = await move({ chapterId: d, stage: null, position: 0 });
    expect(up.errors).toBeUndefined();
    expect(await order('IDEA')).toEqual({ ids: [d, b, c, a], positions: contiguous(4) });
    expect(await count(t, 'guide_chapter_versions')).toBe(versions);
  });

  it('moves a chapter to another stage, renumbering both', async () => {
    const [a, b, c] = [await create('SITE'), await create('SITE'), await create('SITE')];
    const [x, y] = [await create('COMMUNITY'), await create('COMMUNITY')];

    const res = await move({ chapterId: b, stage: 'COMMUNITY', position: 1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveGuideChapter).toMatchObject({ stage: 'COMMUNITY', position: 1 });
    expect(await order('SITE')).toEqual({ ids: [a, c], positions: [0, 1] });
    expect(await order('COMMUNITY')).toEqual({ ids: [x, b, y], positions: [0, 1, 2] });
  });

  it('puts a chapter asked beyond the end last, also into an empty stage', async () => {
    const [a, b, c] = [
      await create('GOVERNANCE'),
      await create('GOVERNANCE'),
      await create('GOVERNANCE'),
    ];
    const res = await move({ chapterId: a, position: 99 });
    expect(res.data!.moveGuideChapter.position).toBe(2);
    expect(await order('GOVERNANCE')).toEqual({ ids: [b, c, a], positions: [0, 1, 2] });

    const empty = await move({ chapterId: c, stage: 'SCALING', position: 7 });
    expect(empty.data!.moveGuideChapter).toMatchObject({ stage: 'SCALING', position: 0 });
    expect(await order('GOVERNANCE')).toEqual({ ids: [b, a], positions: [0, 1] });
  });

  it('keeps positions unique and contiguous when moves run at the same time', async () => {
    const ids = [
      await create('IMPACT'),
      await create('IMPACT'),
      await create('IMPACT'),
      await create('IMPACT'),
    ];
    const other = await create('BUSINESS_MODEL');
    const results = await Promise.all([
      move({ chapterId: ids[0], position: 3 }),
      move({ chapterId: ids[3], position: 0 }),
      move({ chapterId: ids[1], position: 2 }),
      // Two chapters arrive at the same place of the same stage at once.
      move({ chapterId: other, stage: 'IMPACT', position: 1 }),
    ]);
    for (const res of results) expect(res.errors).toBeUndefined();
    const after = await order('IMPACT');
    expect(after.positions).toEqual(contiguous(5));
    expect(new Set(after.ids)).toEqual(new Set([...ids, other]));
    expect(await order('BUSINESS_MODEL')).toEqual({ ids: [], positions: [] });
  });

  it('holds one chapter per place in the database too, checked when the transaction ends', async () => {
    const [first, second] = [await create('GOVERNANCE'), await create('GOVERNANCE')];
    const before = await order('GOVERNANCE');
    // A writer that skips the guide's lock and puts a second chapter at an occupied place.
    await expect(
      t.dataSource.transaction((manager) =>
        manager.query(
          `UPDATE guide_chapters SET position = (SELECT position FROM guide_chapters WHERE id = $1)
            WHERE id = $2`,
          [first, second],
        ),
      ),
    ).rejects.toThrow(/guide_chapters_stage_position_key/);
    expect(await order('GOVERNANCE')).toEqual(before);
    // Swapping two places in one statement is fine: only the end result is checked.
    await t.dataSource.query(
      `UPDATE guide_chapters c SET position = o.position
         FROM guide_chapters o WHERE (c.id, o.id) IN (($1, $2), ($2, $1))`,
      [first, second],
    );
    const after = await order('GOVERNANCE');
    expect(after.positions).toEqual(before.positions);
    expect(after.ids.indexOf(first)).toBe(before.ids.indexOf(second));
  });

  it('places a new chapter where asked, and an edit that moves it renumbers too', async () => {
    const [a, b] = [await create('SITE'), await create('SITE')];
    const before = await order('SITE');
    const first = await create('SITE', 0);
    expect(await order('SITE')).toEqual({
      ids: [first, ...before.ids],
      positions: contiguous(before.ids.length + 1),
    });

    const edit = await t.gql(
      EDIT,
      { input: { chapterId: first, stage: 'IDEA', position: 0, ...content() } },
      editor.token,
    );
    expect(edit.errors).toBeUndefined();
    const site = await order('SITE');
    expect(site).toEqual({ ids: before.ids, positions: contiguous(before.ids.length) });
    expect(site.ids.slice(-2)).toEqual([a, b]);
    const idea = await order('IDEA');
    expect(idea.ids[0]).toBe(first);
    expect(idea.positions).toEqual(contiguous(idea.ids.length));
  });

  it('refuses non-editors, unknown chapters and bad input, changing nothing', async () => {
    const chapter = await create('IDEA');
    const snapshot = async () => ({
      idea: await order('IDEA'),
      scaling: await order('SCALING'),
      versions: await count(t, 'guide_chapter_versions'),
    });
    const before = await snapshot();

    const asMember = await move(
      { chapterId: chapter, stage: 'SCALING', position: 0 },
      member.token,
    );
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(MOVE, { chapterId: chapter, position: 0 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await move({ chapterId: uuidv7(), position: 0 });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ stage: 'MOON' }, 'stage', /must be one of IDEA, SITE/],
      [{ position: -1 }, 'position', /must be at least 0/],
      [{ position: 1001 }, 'position', /must be at most 1000/],
      [{ chapterId: 'not-an-id' }, 'chapterId', /is not a chapter id/],
    ];
    for (const [override, field, message] of cases) {
      const res = await move({ chapterId: chapter, position: 0, ...override });
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
    expect(await snapshot()).toEqual(before);
  });
});
