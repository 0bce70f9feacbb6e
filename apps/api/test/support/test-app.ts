import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureApp, loadConfig, SqlLogger, type AppConfig } from '@wide-open/api/core';
import { AppModule } from '../../src/app.module';
import { parseEml, type Mail } from './outbox';
import { createSuiteDatabase } from './test-database';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: Record<string, unknown> & { code?: string; fields?: Record<string, string> };
  }>;
  headers: Record<string, string | string[] | undefined>;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  url: string;
  dataSource: DataSource;
  /** Sends a GraphQL operation as the given bearer token (or anonymously). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  /** Counts the SQL statements `work` issues. */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  /** Emails written to the outbox so far, oldest first. */
  outbox(): Mail[];
  close(): Promise<void>;
}

/**
 * The real app (same modules and HTTP setup as `main.ts`) on a fresh database, listening on a
 * random port so socket.io clients can connect too.
 *
 * One app at a time per test file: passport keeps strategies in a process-wide registry, so the
 * latest app's session strategy serves every app in the process. Several instances are tested
 * as separate processes (see platform/instances.int-spec.ts).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  database?: { url: string; drop(): Promise<void> },
): Promise<TestApp> {
  const db = database ?? (await createSuiteDatabase());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    WEB_DIST: path.join(dataDir, 'no-web'),
    RATE_LIMIT_REGISTER_PER_HOUR: '1000',
    RATE_LIMIT_LOGIN_PER_15MIN: '1000',
    RATE_LIMIT_POSTS_PER_MINUTE: '1000',
    // With REDIS_URL (CI), each app gets its own keys and channels on the shared Redis.
    REDIS_KEY_PREFIX: `wo-test-${process.pid}-${Date.now().toString(36)}:`,
    ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'] } : {}),
    ...env,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: env['LOG_LEVEL'] === 'error' ? ['error'] : false,
    abortOnError: false,
  });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const dataSource = app.get(DataSource);
  const sqlLogger = app.get(SqlLogger);

  return {
    app,
    config,
    url: url.replace('[::1]', '127.0.0.1'),
    dataSource,
    async gql(query, variables, token) {
      const req = request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      const body = res.body as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    async countQueries(work) {
      let count = 0;
      const stop = sqlLogger.onQuery(() => (count += 1));
      try {
        await work();
      } finally {
        stop();
      }
      return count;
    },
    outbox() {
      const dir = config.mail.outboxDir;
      if (!fs.existsSync(dir)) return [];
      return fs
        .readdirSync(dir)
        .sort()
        .map((f) => parseEml(fs.readFileSync(path.join(dir, f), 'utf8')));
    },
    async close() {
      try {
        await app.close();
      } finally {
        if (!database) await db.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Waits until `check` passes (emails and events are sent after the response). */
export async function eventually(
  check: () => void | Promise<void>,
  timeoutMs = 5000,
): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
