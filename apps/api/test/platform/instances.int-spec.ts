import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gqlAt, startApiProcess, type ApiProcess } from '../support/api-process';
import { applicationInput, LOGIN, PASSWORD, REGISTER } from '../support/members.fixtures';
import { createSuiteDatabase } from '../support/test-database';

jest.setTimeout(120_000);

const PLACES_COUNT = '{ places(first: 100) { edges { node { slug } } } }';

describe('the platform as a process', () => {
  const running: ApiProcess[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
  });

  it('keeps all data across restarts on the embedded PostgreSQL, and shuts down gracefully', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-restart-'));
    fs.chmodSync(dataDir, 0o755);
    try {
      const first = await startApiProcess({ DATA_DIR: dataDir });
      running.push(first);
      const input = applicationInput();
      const registered = await gqlAt<{ register: { member: { id: string } } }>(
        first.url,
        REGISTER,
        { input },
      );
      expect(registered.errors).toBeUndefined();
      const places = await gqlAt<{ places: { edges: unknown[] } }>(first.url, PLACES_COUNT);
      expect(places.data!.places.edges).toHaveLength(8); // the demo tiers-lieux, seeded once
      running.pop();
      expect(await first.stop()).toBe(0);
      expect(first.output()).toMatch(/SIGTERM received: shutting down/);

      const second = await startApiProcess({ DATA_DIR: dataDir });
      running.push(second);
      const login = await gqlAt<{ login: { member: { id: string; status: string } } }>(
        second.url,
        LOGIN,
        {
          email: input.email,
          password: PASSWORD,
        },
      );
      expect(login.data!.login.member).toMatchObject({
        id: registered.data!.register.member.id,
        status: 'PENDING',
      });
      const placesAgain = await gqlAt<{ places: { edges: unknown[] } }>(second.url, PLACES_COUNT);
      expect(placesAgain.data!.places.edges).toHaveLength(8);
      expect(second.output()).not.toMatch(/Applied migrations/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('runs two instances on one DATABASE_URL: what one stores, the other serves; one admin is bootstrapped', async () => {
    const db = await createSuiteDatabase();
    try {
      const env = {
        DATABASE_URL: db.url,
        ADMIN_EMAIL: 'admin@example.org',
        ADMIN_PASSWORD: 'a long admin password',
        SEED_DEMO: 'true',
      };
      const [a, b] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
      running.push(a, b);
      const input = applicationInput();
      await gqlAt(a.url, REGISTER, { input });
      const viaB = await gqlAt<{ login: { token: string } }>(b.url, LOGIN, {
        email: input.email,
        password: PASSWORD,
      });
      expect(viaB.data!.login.token).toEqual(expect.any(String));
      const admin = await gqlAt<{ login: { member: { role: string; status: string } } }>(
        a.url,
        LOGIN,
        {
          email: 'admin@example.org',
          password: 'a long admin password',
        },
      );
      expect(admin.data!.login.member).toMatchObject({ role: 'ADMIN', status: 'ACTIVE' });
      const places = await gqlAt<{ places: { edges: unknown[] } }>(b.url, PLACES_COUNT);
      expect(places.data!.places.edges).toHaveLength(8); // seeded once, not twice
    } finally {
      await Promise.all(running.splice(0).map((p) => p.stop()));
      await db.drop();
    }
  });

  it('stops at start-up with a message naming each bad setting', async () => {
    const api = await startApiProcess(
      { PORT: '3000', DB_POOL_SIZE: 'lots', DATABASE_URL: 'mysql://nope' },
      false,
    );
    expect(await api.exited).toBe(1);
    expect(api.output()).toMatch(/Invalid configuration/);
    expect(api.output()).toMatch(/DB_POOL_SIZE/);
    expect(api.output()).toMatch(/DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//);
    expect(api.output()).not.toMatch(/at \w+ \(/); // no stack trace for a configuration error
  });
});
