import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  InjectConfig,
  isUniqueViolation,
  JobQueue,
  NotFoundError,
  RateLimiterService,
  type AppConfig,
  type Viewer,
  isUuid,
} from '@wide-open/api/core';
import { isDownloadable } from '../dto/data-export.mapper';
import { DataExportEntity, DataExportStatus } from '../entities/data-export.entity';
import { DataExportBuilder } from './data-export.builder';
import { ExportFiles } from './export-files';

export const EXPORT_JOB = 'privacy.export';
export const EXPORT_CLEANUP_JOB = 'privacy.exports.cleanup';
/** The member's page shows this many of their latest exports. */
const LISTED = 10;
const active = [DataExportStatus.QUEUED, DataExportStatus.RUNNING];

/** "Download my data": requests, the member's list, downloads, and the expiry of old archives. */
@Injectable()
export class DataExportsService implements OnModuleInit {
  private readonly logger = new Logger(DataExportsService.name);

  constructor(
    @InjectRepository(DataExportEntity) private readonly exports: Repository<DataExportEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly rateLimiter: RateLimiterService,
    private readonly builder: DataExportBuilder,
    private readonly files: ExportFiles,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ exportId: string }>({
      name: EXPORT_JOB,
      retryLimit: 2,
      handler: ({ exportId }) => this.builder.build(exportId),
    });
    // Hourly, once across every instance: archives past their expiry are deleted.
    this.jobs.register<Record<string, never>>({
      name: EXPORT_CLEANUP_JOB,
      cron: '17 * * * *',
      handler: async () => {
        const removed = await this.removeExpired();
        if (removed > 0) this.logger.log(`Removed ${removed} expired data exports`);
      },
    });
  }

  /**
   * Queues an export, or answers the one already waiting or running (one at a time per member).
   * The row and its job are written in one transaction.
   */
  async request(viewer: Viewer): Promise<DataExportEntity> {
    const pending = await this.pendingOf(viewer.memberId);
    if (pending) return pending;
    await this.rateLimiter.consume(
      {
        name: 'data-export',
        points: this.config.rateLimits.dataExportsPerDay,
        durationSeconds: 86_400,
      },
      viewer.memberId,
    );
    const id = uuidv7();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(DataExportEntity, {
          id,
          memberId: viewer.memberId,
          status: DataExportStatus.QUEUED,
          progress: 0,
        });
        // No singletonKey: the previous export's job may still be finishing; the partial
        // unique index already keeps one export per member waiting or running.
        await this.jobs.enqueueWithin(manager, EXPORT_JOB, { exportId: id });
      });
    } catch (error) {
      // A concurrent request won the partial unique index: answer its export.
      if (isUniqueViolation(error)) {
        const winner = await this.pendingOf(viewer.memberId);
        if (winner) return winner;
      }
      throw error;
    }
    return this.exports.findOneByOrFail({ id });
  }

  list(viewer: Viewer): Promise<DataExportEntity[]> {
    return this.exports.find({
      where: { memberId: viewer.memberId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LISTED,
    });
  }

  /** The viewer's own export; anyone else's answers NOT_FOUND. */
  async get(viewer: Viewer, id: string): Promise<DataExportEntity> {
    const row = isUuid(id) ? await this.exports.findOneBy({ id, memberId: viewer.memberId }) : null;
    if (!row) throw new NotFoundError('Data export');
    return row;
  }

  /** The archive's path, for its owner only, while it is ready and not expired. */
  async downloadable(
    viewer: Viewer | undefined,
    id: string,
  ): Promise<{ file: string; row: DataExportEntity }> {
    if (!viewer) throw new NotFoundError('Data export');
    const row = await this.get(viewer, id);
    if (!isDownloadable(row)) throw new NotFoundError('Data export');
    return { file: this.files.resolve(row.fileKey!), row };
  }

  /**
   * Deletes archives past their expiry, failed attempts older than the expiry, and requests
   * stuck for a day (a lost job must not block new requests forever). Answers how many.
   */
  async removeExpired(): Promise<number> {
    const [rows] = await this.dataSource.query<[Array<{ file_key: string | null }>, number]>(
      `DELETE FROM data_exports
       WHERE expires_at < now()
          OR (status = $1 AND created_at < now() - interval '7 days')
          OR (status IN ($2, $3) AND created_at < now() - interval '1 day')
       RETURNING file_key`,
      [DataExportStatus.FAILED, ...active],
    );
    await this.files.remove(rows.map((r) => r.file_key));
    return rows.length;
  }

  private pendingOf(memberId: string): Promise<DataExportEntity | null> {
    return this.exports.findOneBy({ memberId, status: In(active) });
  }
}
