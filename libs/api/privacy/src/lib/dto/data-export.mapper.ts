import { DataExportStatus, type DataExportEntity } from '../entities/data-export.entity';
import type { DataExportObject } from './data-export.object';

export const downloadPath = (id: string) => `/privacy/exports/${id}/download`;

export function isDownloadable(row: DataExportEntity, now = new Date()): boolean {
  return (
    row.status === DataExportStatus.READY &&
    row.fileKey !== null &&
    row.expiresAt !== null &&
    row.expiresAt > now
  );
}

export function toDataExportObject(row: DataExportEntity): DataExportObject {
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    createdAt: row.createdAt,
    readyAt: row.readyAt,
    expiresAt: row.expiresAt,
    bytes: row.bytes,
    downloadUrl: isDownloadable(row) ? downloadPath(row.id) : null,
  };
}
