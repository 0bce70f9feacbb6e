import * as fs from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import sharp from 'sharp';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { createTestApp, type TestApp } from '../support/test-app';
import { count, memberWithRole } from '../support/members.fixtures';
import { jpegWithGps, png } from '../support/images';
import { upload } from '../support/uploads';

describe('POST /uploads', () => {
  let t: TestApp;
  let member: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp({ UPLOAD_MAX_BYTES: String(2 * 1024 * 1024) });
    member = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  it('re-encodes an image to WebP variants without EXIF or GPS, and serves them', async () => {
    const original = await jpegWithGps(2400, 1800);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(t, member.token, original);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), width: 800, height: 600 });
    expect(res.body.url).toBe(`/uploads/images/${res.body.id}/medium.webp`);

    const served = await request(t.app.getHttpServer())
      .get(res.body.url)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    const meta = await sharp(served.body as Buffer).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 800, height: 600 });
    expect(meta.exif).toBeUndefined();
    const large = fs.readFileSync(
      path.join(t.config.uploads.dir, 'images', res.body.id, 'large.webp'),
    );
    expect((await sharp(large).metadata()).width).toBe(1600);
    // The original bytes are not kept anywhere.
    const stored = fs.readdirSync(path.join(t.config.uploads.dir, 'images', res.body.id)).sort();
    expect(stored).toEqual(['large.webp', 'medium.webp', 'small.webp']);
  });

  it('never enlarges a small image', async () => {
    const res = await upload(t, member.token, await png(300, 200), 'small.png');
    expect(res.body).toMatchObject({ width: 300, height: 200 });
  });

  it('refuses a text file named like an image with 415, storing nothing', async () => {
    const before = await count(t, 'uploads');
    const res = await upload(
      t,
      member.token,
      Buffer.from('just some words, not pixels '.repeat(50)),
      'holiday.jpg',
    );
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('BAD_USER_INPUT');
    expect(res.body.message).toMatch(/not an image we accept/);
    expect(await count(t, 'uploads')).toBe(before);
  });

  it('refuses a file over the size limit with 413', async () => {
    const before = await count(t, 'uploads');
    const res = await upload(t, member.token, Buffer.alloc(3 * 1024 * 1024, 1), 'huge.jpg');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count(t, 'uploads')).toBe(before);
  });

  it('refuses a request without a file with 400 and the field', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/uploads')
      .set('authorization', `Bearer ${member.token}`)
      .field('other', 'x');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { file: expect.any(String) },
    });
  });

  it('is for signed-in ACTIVE members: 401 anonymous, 403 pending', async () => {
    const image = await png();
    expect((await upload(t, undefined, image)).status).toBe(401);
    const pending = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const res = await upload(t, pending.token, image);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });
});

describe('a 30 MB upload with the default limit', () => {
  it('is refused with 413 before it is processed', async () => {
    const t = await createTestApp();
    try {
      const member = await memberWithRole(t, MemberRole.MEMBER);
      const res = await upload(t, member.token, Buffer.alloc(30 * 1024 * 1024, 7), 'big.png');
      expect(res.status).toBe(413);
      expect(await count(t, 'uploads')).toBe(0);
    } finally {
      await t.close();
    }
  });
});
