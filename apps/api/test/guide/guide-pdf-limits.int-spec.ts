import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';

// Its own app: without Chromium, and with a small download budget.
describe('guide PDF without Chromium (integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      CHROMIUM_PATH: '/nonexistent/chromium',
      RATE_LIMIT_GUIDE_PDF_PER_HOUR: '2',
    });
  });
  afterAll(() => t.close());

  it('answers 503 with a message, then 429 once the address spent its budget', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await request(t.app.getHttpServer()).get('/guide/guide.pdf?lang=fr');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: 'The printable guide cannot be made right now. Please try again later.',
      });
    }
    const limited = await request(t.app.getHttpServer()).get('/guide/guide.pdf?lang=en');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
