import request from 'supertest';
import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { memberWithRole } from '../support/members.fixtures';
import { CREATE_POST, startThread } from '../support/discussions.fixtures';

describe('research export', () => {
  let t: TestApp;
  let researcher: { id: string; token: string };
  let practitioner: { id: string; token: string };
  let threadId: string;
  beforeAll(async () => {
    t = await createTestApp();
    researcher = await memberWithRole(t, MemberRole.MEMBER);
    practitioner = await memberWithRole(t, MemberRole.MEMBER);
    await t.dataSource.query(`UPDATE members SET community_role = 'RESEARCHER' WHERE id = $1`, [
      researcher.id,
    ]);
    await t.dataSource.query(
      `UPDATE members SET decided_at = now() - interval '30 days', display_name = 'Pat "the" Practitioner' WHERE id = $1`,
      [practitioner.id],
    );
    threadId = (
      await startThread(t, practitioner.token, { body: 'Opening words, not for research.' })
    ).id;
    await t.gql(
      CREATE_POST,
      { input: { threadId, body: 'Consenting: our rent is 2 € per m².', researchConsent: true } },
      practitioner.token,
    );
    await t.gql(
      CREATE_POST,
      { input: { threadId, body: '=HYPERLINK("http://evil.example")', researchConsent: true } },
      practitioner.token,
    );
    await t.gql(
      CREATE_POST,
      { input: { threadId, body: 'Private: do not quote me.' } },
      practitioner.token,
    );
  });
  afterAll(() => t.close());

  const get = (token: string | undefined, query: Record<string, string>) => {
    const req = request(t.app.getHttpServer()).get('/research/export').query(query);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  it('exports consenting posts only, as CSV with permalinks, names and dates, formulas neutralised', async () => {
    const res = await get(researcher.token, { threadId, format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="wide-open-research-/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('permalink,thread,author,date,body');
    expect(lines).toHaveLength(3);
    expect(res.text).toContain('our rent is 2 € per m²');
    expect(res.text).toContain(`/threads/${threadId}#post-`);
    expect(res.text).toContain('"Pat ""the"" Practitioner"');
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(res.text).not.toContain('do not quote me');
    expect(res.text).not.toContain('Opening words');
  });

  it('exports JSON too, and by search', async () => {
    const res = await get(researcher.token, { search: 'rent', format: 'json' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      count: 1,
      posts: [{ author: 'Pat "the" Practitioner', body: 'Consenting: our rent is 2 € per m².' }],
    });
  });

  it('is for researchers: others get 403, anonymous 401, bad parameters 400', async () => {
    expect((await get(practitioner.token, { threadId })).status).toBe(403);
    expect((await get(undefined, { threadId })).status).toBe(401);
    const bad = await get(researcher.token, { threadId: 'not-an-id' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { threadId: 'is not a thread id' },
    });
    expect((await get(researcher.token, { threadId, format: 'xml' })).status).toBe(400);
    expect((await get(researcher.token, {})).status).toBe(400);
  });
});
