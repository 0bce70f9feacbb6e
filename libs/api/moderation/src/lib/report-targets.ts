import type { EntityManager } from 'typeorm';
import type { Viewer } from '@wide-open/api/core';
import { ReportTarget } from './entities/report.entity';

export interface ResolvedTarget {
  authorId: string;
  excerpt: string;
  /** Hides the content (moderation), or null when the target cannot be hidden (a member). */
  hide: ((manager: EntityManager) => Promise<void>) | null;
}

/**
 * Finds what a report points at, as the reporter may see it: anything they may not see is
 * "not found", exactly as if it did not exist.
 */
export async function resolveTarget(
  manager: EntityManager,
  viewer: Viewer,
  type: ReportTarget,
  id: string,
): Promise<ResolvedTarget | null> {
  switch (type) {
    case ReportTarget.POST: {
      const [row] = await manager.query<Array<{ author_id: string; body: string }>>(
        `SELECT p.author_id, p.body FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE p.id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND t.hidden_at IS NULL`,
        [id],
      );
      return row
        ? {
            authorId: row.author_id,
            excerpt: row.body.slice(0, 500),
            hide: (m) => m.query('UPDATE posts SET hidden_at = now() WHERE id = $1', [id]),
          }
        : null;
    }
    case ReportTarget.THREAD: {
      const [row] = await manager.query<Array<{ author_id: string; title: string }>>(
        'SELECT author_id, title FROM threads WHERE id = $1 AND hidden_at IS NULL',
        [id],
      );
      return row
        ? {
            authorId: row.author_id,
            excerpt: row.title,
            hide: (m) => m.query('UPDATE threads SET hidden_at = now() WHERE id = $1', [id]),
          }
        : null;
    }
    case ReportTarget.MESSAGE: {
      // Only a participant can have seen a message.
      const [row] = await manager.query<Array<{ author_id: string; body: string }>>(
        `SELECT m.author_id, m.body FROM messages m
           JOIN conversation_participants p ON p.conversation_id = m.conversation_id AND p.member_id = $2 AND p.left_at IS NULL
          WHERE m.id = $1 AND m.deleted_at IS NULL`,
        [id, viewer.memberId],
      );
      return row
        ? {
            authorId: row.author_id,
            excerpt: row.body.slice(0, 500),
            hide: (m) => m.query('UPDATE messages SET deleted_at = now() WHERE id = $1', [id]),
          }
        : null;
    }
    case ReportTarget.MEMBER: {
      const [row] = await manager.query<Array<{ id: string; display_name: string }>>(
        `SELECT id, display_name FROM members WHERE id = $1 AND status = 'ACTIVE'`,
        [id],
      );
      return row ? { authorId: row.id, excerpt: row.display_name, hide: null } : null;
    }
    case ReportTarget.PLACE: {
      const [row] = await manager.query<Array<{ created_by: string; name: string }>>(
        'SELECT created_by, name FROM places WHERE id = $1 AND hidden_at IS NULL',
        [id],
      );
      return row
        ? {
            authorId: row.created_by,
            excerpt: row.name,
            hide: (m) =>
              m.query(
                `UPDATE places SET hidden_at = now(), hidden_reason = 'Reported; under review' WHERE id = $1`,
                [id],
              ),
          }
        : null;
    }
  }
}
