import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  decodeCursor,
  DomainEvents,
  memberRoom,
  pageSize,
  toConnection,
  type Connection,
} from '@wide-open/api/core';
import { NotificationEntity, type NotificationPayload } from './entities/notification.entity';

export interface NewNotification {
  memberId: string;
  type: string;
  payload: NotificationPayload;
}

/** Stores notifications and pushes each, once committed, to its member's sockets. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Inserts within the caller's transaction; call `deliver` with the result after it commits,
   * so nobody is told of something that was rolled back.
   */
  async create(manager: EntityManager, items: NewNotification[]): Promise<NotificationEntity[]> {
    if (items.length === 0) return [];
    const rows = items.map((n) =>
      manager.create(NotificationEntity, {
        id: uuidv7(),
        ...n,
        readAt: null,
        createdAt: new Date(),
      }),
    );
    await manager.insert(NotificationEntity, rows);
    return rows;
  }

  deliver(rows: NotificationEntity[]): void {
    for (const row of rows) {
      this.events.publish({
        type: 'notification.created',
        rooms: [memberRoom(row.memberId)],
        socketEvent: {
          name: 'notification:new',
          payload: {
            id: row.id,
            type: row.type,
            readAt: null,
            createdAt: row.createdAt.toISOString(),
            payload: row.payload,
          },
        },
      });
    }
  }

  /** Newest first; keyset on id (UUID v7 ids are time-ordered). */
  async list(
    memberId: string,
    unreadOnly: boolean,
    first?: number,
    after?: string,
  ): Promise<Connection<NotificationEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.member_id = :memberId', { memberId })
      .orderBy('n.id', 'DESC')
      .limit(size + 1);
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    if (cursor) query.andWhere('n.id < :idAfter::uuid', { idAfter: cursor.id });
    const rows = await query.getMany();
    return toConnection(
      rows,
      size,
      (n) => ({ value: '', id: n.id }),
      (n) => n,
    );
  }

  unreadCount(memberId: string): Promise<number> {
    return this.notifications.countBy({ memberId, readAt: IsNull() });
  }

  /** Marks the given notifications (or all) read; only the member's own. Returns how many changed. */
  async markRead(memberId: string, ids?: string[]): Promise<number> {
    const where = ids
      ? { memberId, readAt: IsNull(), id: In(ids) }
      : { memberId, readAt: IsNull() };
    const result = await this.notifications.update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
