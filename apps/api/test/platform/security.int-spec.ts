import { Query, Resolver } from '@nestjs/graphql';
import { AccessPolicyVerifier, findUnguardedOperations, Public } from '@wide-open/api/core';
import { MemberRole } from '@wide-open/shared/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';
import { memberWithRole } from '../support/members.fixtures';

describe('GraphQL hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_ALIASES: '10',
      GRAPHQL_MAX_COMPLEXITY: '500',
    });
  });
  afterAll(() => t.close());

  it('refuses alias-heavy batching', async () => {
    const aliases = Array.from(
      { length: 11 },
      (_, i) => `a${i}: places(first: 1) { edges { cursor } }`,
    ).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ message: 'Too many aliases: the limit is 10.' });
  });

  it('refuses operations whose estimated cost is too high', async () => {
    const query =
      '{ a: places(first: 100) { edges { node { name createdBy { handle displayName } } } } b: places(first: 100) { edges { node { name } } } }';
    const res = await t.gql(query);
    expect(res.errors?.[0].message).toMatch(/too complex: cost \d+, the limit is 500/);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps Apollo’s CSRF prevention: simple requests that browsers send cross-site are refused', async () => {
    const get = await request(t.app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ me { id } }' });
    expect(get.status).toBe(400);
    const form = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: 'mutation { logout }' }));
    expect(form.status).toBeGreaterThanOrEqual(400);
  });

  it('never shows stack traces or SQL, and answers unknown fields with a validation error', async () => {
    const res = await t.gql('{ nope }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at Object|node_modules/);
  });

  it('sends helmet headers and a Content-Security-Policy', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-src https:/); // click-to-load video players
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers moderator-only operations with FORBIDDEN for members', async () => {
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const res = await t.gql('{ pendingApplicationsCount }', {}, member.token);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });
});

describe('depth limit', () => {
  it('refuses queries deeper than the limit with a clear message, before running them', async () => {
    const t = await createTestApp({ GRAPHQL_MAX_DEPTH: '4' });
    try {
      expect((await t.gql('{ places { edges { node { name } } } }')).errors).toBeUndefined();
      const refused = await t.gql('{ places { edges { node { createdBy { handle } } } } }');
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0].message).toBe('Query is too deep: 5 levels, the limit is 4.');
      const viaFragment = await t.gql(
        '{ ...F } fragment F on Query { places { edges { node { createdBy { id } } } } }',
      );
      expect(viaFragment.errors?.[0].message).toBe('Query is too deep: 5 levels, the limit is 4.');
    } finally {
      await t.close();
    }
  });
});

describe('introspection', () => {
  it('is available in development and off in production', async () => {
    const dev = await createTestApp({ NODE_ENV: 'development' });
    const prod = await createTestApp({ NODE_ENV: 'production' });
    try {
      const query = '{ __schema { queryType { name } } }';
      expect((await dev.gql(query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const refused = await prod.gql(query);
      expect(refused.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await dev.close();
      await prod.close();
    }
  });
});

describe('every GraphQL operation declares who may call it', () => {
  it('finds an operation without an access policy', () => {
    @Resolver()
    class Careless {
      @Query(() => String) forgotten() {
        return 'oops';
      }
      @Query(() => String) @Public() declared() {
        return 'fine';
      }
    }
    expect(findUnguardedOperations([Careless])).toEqual(['Careless.forgotten']);
  });

  it('holds for the whole app (it would refuse to start otherwise)', async () => {
    const t = await createTestApp();
    try {
      expect(() => t.app.get(AccessPolicyVerifier).onModuleInit()).not.toThrow();
    } finally {
      await t.close();
    }
  });
});
