import * as os from 'node:os';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { APP_CONFIG, JobQueue, loadConfig } from '@wide-open/api/core';
import { eventually } from '../support/test-app';
import { createSuiteDatabase } from '../support/test-database';

const seen: Array<{ n: number }> = [];
let failuresLeft = 0;

/** A domain service as real ones are: registers its job when its module starts. */
@Injectable()
class Recorder implements OnModuleInit {
  constructor(private readonly jobs: JobQueue) {}
  onModuleInit() {
    this.jobs.register<{ n: number }>({
      name: 'test.record',
      retryLimit: 2,
      handler: (data) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return Promise.reject(new Error('transient failure'));
        }
        seen.push(data);
        return Promise.resolve();
      },
    });
  }
}

async function startQueue(url: string, workers = true) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATA_DIR: os.tmpdir(),
    JOBS_WORKERS: String(workers),
  });
  @Module({ providers: [{ provide: APP_CONFIG, useValue: config }, JobQueue, Recorder] })
  class JobsTestModule {}
  const moduleRef = await Test.createTestingModule({ imports: [JobsTestModule] }).compile();
  const app = moduleRef.createNestApplication();
  await app.init();
  return { app, jobs: app.get(JobQueue) };
}

describe('background jobs (pg-boss on the real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createSuiteDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createSuiteDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(() => {
    seen.length = 0;
    failuresLeft = 0;
  });

  it('runs a queued job once, and retries it after a failure', async () => {
    const { app, jobs } = await startQueue(db.url);
    try {
      failuresLeft = 1;
      await jobs.enqueue('test.record', { n: 1 });
      await eventually(() => expect(seen).toEqual([{ n: 1 }]), 15_000);
    } finally {
      await app.close();
    }
  });

  it('queues within a transaction: nothing when it rolls back, the job when it commits', async () => {
    const { app, jobs } = await startQueue(db.url);
    try {
      await expect(
        dataSource.transaction(async (manager) => {
          await jobs.enqueueWithin(manager, 'test.record', { n: 2 });
          throw new Error('the request failed after queuing');
        }),
      ).rejects.toThrow('the request failed');
      await dataSource.transaction((manager) =>
        jobs.enqueueWithin(manager, 'test.record', { n: 3 }),
      );
      await eventually(() => expect(seen).toEqual([{ n: 3 }]), 15_000);
      const [{ n }] = await dataSource.query<Array<{ n: number }>>(
        "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.record' AND data->>'n' = '2'",
      );
      expect(n).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('keeps a job queued while no worker runs (JOBS_WORKERS=false), and runs it when one starts', async () => {
    const { app, jobs } = await startQueue(db.url, false);
    await jobs.enqueue('test.record', { n: 4 });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await app.close();
    expect(seen).not.toContainEqual({ n: 4 });
    const again = await startQueue(db.url);
    try {
      await eventually(() => expect(seen).toContainEqual({ n: 4 }), 15_000);
    } finally {
      await again.app.close();
    }
  });

  it('refuses to queue a job nobody registered', async () => {
    const { app, jobs } = await startQueue(db.url);
    try {
      await expect(jobs.enqueue('test.unknown', {})).rejects.toThrow('Unknown job test.unknown');
    } finally {
      await app.close();
    }
  });
});
