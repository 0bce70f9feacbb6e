import request from 'supertest';
import type { TestApp } from './test-app';

/** POST /uploads as a member, the way the web app sends a file. */
export async function upload(
  t: TestApp,
  token: string | undefined,
  data: Buffer,
  filename = 'photo.jpg',
) {
  const req = request(t.app.getHttpServer()).post('/uploads');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.attach('file', data, filename);
  return {
    status: res.status,
    body: res.body as {
      id: string;
      url: string;
      width: number;
      height: number;
      code?: string;
      message?: string;
    },
  };
}
