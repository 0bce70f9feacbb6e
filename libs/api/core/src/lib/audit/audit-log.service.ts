import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ModerationActionEntity } from './moderation-action.entity';

export interface AuditEntry {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/** Records moderator actions inside the caller's transaction: no action without its entry. */
@Injectable()
export class AuditLogService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(ModerationActionEntity, {
      id: uuidv7(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      details: (entry.details ?? {}) as ModerationActionEntity['details'] & object,
    });
  }
}
