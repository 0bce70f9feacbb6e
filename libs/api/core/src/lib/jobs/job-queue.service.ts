import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.tokens';

export type JobHandler<T extends object> = (data: T) => Promise<void>;

export interface JobDefinition<T extends object> {
  /** Queue name, e.g. `notifications.digest`. */
  name: string;
  handler: JobHandler<T>;
  /** Cron expression (UTC) when the job runs on a schedule; each tick runs once cluster-wide. */
  cron?: string;
  /** Data the scheduled runs receive. */
  cronData?: T;
  /** Attempts after the first failure, with exponential backoff. */
  retryLimit?: number;
  /**
   * Workers for this queue on each instance (1). pg-boss fetches one job per worker and per
   * polling interval, so a queue of many small jobs needs more of both.
   */
  concurrency?: number;
  /** Seconds between a worker's fetches (pg-boss's default: 2; at least 0.5). */
  pollingIntervalSeconds?: number;
}

export interface EnqueueOptions {
  /** Only one queued or running job with this key at a time (e.g. one export per member). */
  singletonKey?: string;
  startAfter?: Date;
}

/**
 * Background work in a durable PostgreSQL queue (pg-boss, schema `pgboss`): each job runs once
 * across every API instance, survives a restart, and is retried when it fails. Domains register
 * their jobs in `onModuleInit`; workers start once the app has booted. Set `JOBS_WORKERS=false` on
 * instances that should only enqueue.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private boss?: PgBoss;
  private started?: Promise<PgBoss>;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  register<T extends object>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`Job ${definition.name} registered after the queue started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  /** Queues a job once the current work is done. Returns the job id (null when deduplicated). */
  async enqueue<T extends object>(
    name: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const boss = await this.ready();
    return boss.send(name, data, this.sendOptions(name, options));
  }

  /**
   * Queues a job inside the caller's transaction: it exists if, and only if, the transaction
   * commits, so a request row and its job can never part ways.
   */
  async enqueueWithin<T extends object>(
    manager: EntityManager,
    name: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('enqueueWithin needs a transactional entity manager');
    const boss = await this.ready();
    const db: PgBoss.Db = {
      executeSql: async (text, values) => {
        const result = await runner.query(text, values, true);
        return { rows: (result.records ?? []) as unknown[] };
      },
    };
    return boss.send(name, data, { ...this.sendOptions(name, options), db });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.database.connect === false || !this.config.database.url) return;
    this.started = this.start(this.config.database.url);
    await this.started;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.boss) return;
    // Finish the jobs in hand (up to 10 s), then close pg-boss's own pool.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = undefined;
  }

  /**
   * Instances starting together on a new database race to create pg-boss's schema; the loser's
   * start fails on a duplicate. Trying again then finds the schema made by the winner.
   */
  private async start(connectionString: string): Promise<PgBoss> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startOnce(connectionString);
      } catch (error) {
        if (attempt >= 5) throw error;
        this.logger.warn(`Job queue start failed (${String(error)}); trying again`);
        await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
      }
    }
  }

  private async startOnce(connectionString: string): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString,
      schema: 'pgboss',
      // A connection for each queue's worker and a few for maintenance, cron and sending: a
      // worker whose fetch waits in the pool's queue when the pool closes is never released by
      // pg, and pg-boss then polls for it forever after stop() (seen as timers firing after the
      // integration suites had ended).
      max: [...this.definitions.values()].reduce((n, d) => n + (d.concurrency ?? 1), 3),
      application_name: 'wide-open-jobs',
      schedule: this.config.jobs.workers,
      supervise: this.config.jobs.workers,
    });
    boss.on('error', (error: unknown) => this.logger.error(`Job queue: ${String(error)}`));
    try {
      await boss.start();
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    for (const definition of this.definitions.values()) {
      await boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit ?? 3,
        retryBackoff: true,
      });
      if (!this.config.jobs.workers) continue;
      const options = {
        batchSize: 1,
        pollingIntervalSeconds: definition.pollingIntervalSeconds ?? 2,
      };
      for (let i = 0; i < (definition.concurrency ?? 1); i++)
        await boss.work<object>(definition.name, options, async ([job]) => {
          if (job) await definition.handler(job.data);
        });
      if (definition.cron)
        await boss.schedule(definition.name, definition.cron, definition.cronData ?? {}, {
          tz: 'UTC',
        });
    }
    this.boss = boss;
    return boss;
  }

  private async ready(): Promise<PgBoss> {
    if (this.boss) return this.boss;
    if (this.started) return this.started;
    throw new Error('The job queue is not running (no database connection)');
  }

  private sendOptions(name: string, options: EnqueueOptions): PgBoss.SendOptions {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    return { singletonKey: options.singletonKey, startAfter: options.startAfter };
  }
}
