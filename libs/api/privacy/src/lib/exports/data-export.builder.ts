import * as fs from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainEvents, memberRoom } from '@wide-open/api/core';
import type { DataExportProgressPayload } from '@wide-open/shared/contracts';
import { DataExportStatus } from '../entities/data-export.entity';
import { ExportFiles } from './export-files';
import { JsonArchiveWriter } from './json-archive-writer';
import { memberArchiveSections } from './member-archive';

/** How long a ready archive can be downloaded before the cleanup job deletes it. */
export const EXPORT_TTL_DAYS = 7;
export const ARCHIVE_FORMAT = 'wide-open/member-data/1';

class ExportCancelled extends Error {}

/**
 * Builds one member's archive (the `privacy.export` job): streams every section to a gzipped JSON
 * file, reporting progress in the row and to the member's sockets as it goes.
 */
@Injectable()
export class DataExportBuilder {
  private readonly logger = new Logger(DataExportBuilder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: ExportFiles,
    private readonly events: DomainEvents,
  ) {}

  async build(exportId: string): Promise<void> {
    // QUEUED, or RUNNING when a worker died half-way and pg-boss retries: start over.
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [[claimed]] = await this.dataSource.query<[Array<{ member_id: string }>, number]>(
      `UPDATE data_exports SET status = $2, progress = 0, started_at = now()
       WHERE id = $1 AND status IN ($3, $2) RETURNING member_id`,
      [exportId, DataExportStatus.RUNNING, DataExportStatus.QUEUED],
    );
    if (!claimed) return; // Deleted meanwhile (the member deleted their account).
    const memberId = claimed.member_id;
    this.announce(memberId, exportId, DataExportStatus.RUNNING, 0);

    const key = this.files.keyFor(exportId);
    const file = this.files.resolve(key);
    const partial = `${file}.part`;
    await this.files.ensureDir();
    await fs.rm(partial, { force: true });
    const writer = new JsonArchiveWriter(partial);
    try {
      await writer.open();
      await writer.value('format', ARCHIVE_FORMAT);
      await writer.value('exportedAt', new Date().toISOString());
      let done = 0;
      for (const section of memberArchiveSections) {
        if (section.kind === 'single') {
          let value: unknown = null;
          for await (const rows of section.read(this.dataSource, memberId)) value = rows[0] ?? null;
          await writer.value(section.key, value);
        } else {
          await writer.array(section.key, section.read(this.dataSource, memberId));
        }
        done += 1;
        // 100 only once the file is in place.
        await this.progress(
          memberId,
          exportId,
          Math.min(99, Math.floor((done * 100) / memberArchiveSections.length)),
        );
      }
      await writer.close();
      await fs.rename(partial, file);
      const { size } = await fs.stat(file);
      const [[ready]] = await this.dataSource.query<[Array<{ id: string }>, number]>(
        `UPDATE data_exports SET status = $2, progress = 100, file_key = $3, bytes = $4,
                ready_at = now(), expires_at = now() + make_interval(days => $5)
         WHERE id = $1 AND status = $6 RETURNING id`,
        [exportId, DataExportStatus.READY, key, size, EXPORT_TTL_DAYS, DataExportStatus.RUNNING],
      );
      if (!ready) throw new ExportCancelled();
      this.announce(memberId, exportId, DataExportStatus.READY, 100);
    } catch (error) {
      await writer.abort();
      await this.files.remove([key]);
      if (error instanceof ExportCancelled) return;
      this.logger.error(`Export ${exportId} failed: ${String(error)}`);
      await this.dataSource.query(
        `UPDATE data_exports SET status = $2 WHERE id = $1 AND status = $3`,
        [exportId, DataExportStatus.FAILED, DataExportStatus.RUNNING],
      );
      this.announce(memberId, exportId, DataExportStatus.FAILED, 0);
    }
  }

  private async progress(memberId: string, exportId: string, progress: number): Promise<void> {
    const [[row]] = await this.dataSource.query<[Array<{ id: string }>, number]>(
      `UPDATE data_exports SET progress = $2 WHERE id = $1 AND status = $3 RETURNING id`,
      [exportId, progress, DataExportStatus.RUNNING],
    );
    if (!row) throw new ExportCancelled();
    this.announce(memberId, exportId, DataExportStatus.RUNNING, progress);
  }

  private announce(memberId: string, id: string, status: DataExportStatus, progress: number): void {
    const payload: DataExportProgressPayload = { id, status, progress };
    this.events.publish({
      type: 'dataExport.progress',
      rooms: [memberRoom(memberId)],
      socketEvent: { name: 'dataExport:progress', payload },
    });
  }
}
