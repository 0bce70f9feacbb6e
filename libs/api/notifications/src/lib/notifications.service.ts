import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  decodeCursor,
  DomainEvents,
  InjectConfig,
  MailService,
  memberRoom,
  pageSize,
  toConnection,
  type AppConfig,
  type Connection,
} from '@wide-open/api/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { NotificationClock } from './clock';
import { MessageEmailsService } from './email/message-emails.service';
import { immediateEmail } from './email/notification-emails';
import { NotificationEntity, type NotificationPayload } from './entities/notification.entity';
import {
  effectiveDelivery,
  isDigest,
  NotificationDelivery,
  NotificationType,
} from './notification-rules';
import {
  NotificationPreferencesService,
  type Recipient,
} from './preferences/notification-preferences.service';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-tokens';

const conversationGroupKey = (conversationId: string) => `conversation:${conversationId}`;

export interface NewNotification {
  memberId: string;
  /** A `NotificationType`. */
  type: string;
  payload: NotificationPayload;
}

export interface NewMessageNotice {
  conversationId: string;
  messageId: string;
  authorId: string;
  authorHandle: string;
  authorName: string;
  body: string;
}

/**
 * Stores notifications as each member chose (in-app, email now, a digest, or nothing) and pushes
 * each, once committed, to its member's sockets; emails the ones chosen for email.
 */
@Injectable()
export class NotificationsService {
  /** Rows created for immediate email, with their recipient, until `deliver` sends them. */
  private readonly toEmail = new WeakMap<NotificationEntity, Recipient>();

  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly events: DomainEvents,
    private readonly mail: MailService,
    private readonly preferences: NotificationPreferencesService,
    private readonly tokens: UnsubscribeTokens,
    private readonly clock: NotificationClock,
    private readonly messageEmails: MessageEmailsService,
  ) {}

  /**
   * Inserts within the caller's transaction, honouring every recipient's preference (one query
   * for the batch; OFF stores nothing). Call `deliver` with the result after the transaction
   * commits, so nobody is told of something that was rolled back.
   */
  async create(manager: EntityManager, items: NewNotification[]): Promise<NotificationEntity[]> {
    if (items.length === 0) return [];
    const recipients = await this.preferences.recipients(
      manager,
      [...new Set(items.map((i) => i.memberId))],
      [...new Set(items.map((i) => i.type))],
    );
    const now = this.clock.now();
    const rows: NotificationEntity[] = [];
    for (const item of items) {
      const recipient = recipients.get(item.memberId);
      if (!recipient) continue;
      const delivery = effectiveDelivery(item.type, recipient.choices.get(item.type));
      if (delivery === NotificationDelivery.OFF) continue;
      const row = manager.create(NotificationEntity, {
        id: uuidv7(),
        ...item,
        readAt: null,
        createdAt: now,
        digest: isDigest(delivery) ? delivery : null,
        digestedAt: null,
        groupKey: null,
      });
      rows.push(row);
      if (delivery === NotificationDelivery.EMAIL) this.toEmail.set(row, recipient);
    }
    if (rows.length > 0) await manager.insert(NotificationEntity, rows);
    return rows;
  }

  /** Tells each member's sockets, and emails the notifications chosen for email. */
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
      const recipient = this.toEmail.get(row);
      if (recipient?.status === MemberStatus.ACTIVE) {
        this.toEmail.delete(row);
        this.mail.sendInBackground(
          immediateEmail(recipient, row, this.config.http.publicUrl, (type) =>
            this.tokens.url(row.memberId, type),
          ),
        );
      }
    }
  }

  /**
   * NEW_MESSAGE for participants who are not reading the conversation, in one statement for all
   * of them: preferences applied, and at most one unread NEW_MESSAGE per conversation and member
   * (the unique `group_key` index; a repeat changes nothing). Runs after the message is stored.
   */
  async notifyNewMessage(notice: NewMessageNotice, recipientIds: string[]): Promise<void> {
    if (recipientIds.length === 0) return;
    const type = NotificationType.NEW_MESSAGE;
    const payload: NotificationPayload = {
      conversationId: notice.conversationId,
      messageId: notice.messageId,
      authorHandle: notice.authorHandle,
      authorName: notice.authorName,
      excerpt: notice.body.slice(0, 200),
    };
    const now = this.clock.now();
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        member_id: string;
        delivery: NotificationDelivery;
        email: string;
        display_name: string;
        locale: string;
      }>
    >(
      `WITH recipients AS (
         SELECT r.id, r.member_id, m.email, m.display_name, m.locale,
                coalesce(p.delivery::text, $3) AS delivery
           FROM unnest($1::uuid[], $2::uuid[]) AS r(id, member_id)
           JOIN members m ON m.id = r.member_id AND m.status = 'ACTIVE'
           LEFT JOIN notification_preferences p ON p.member_id = r.member_id AND p.type = $4
       ), inserted AS (
         INSERT INTO notifications (id, member_id, type, payload, created_at, digest, group_key)
         SELECT id, member_id, $4, $5::jsonb, $6,
                CASE WHEN delivery IN ('DAILY', 'WEEKLY') THEN delivery END, $7
           FROM recipients WHERE delivery <> 'OFF'
         ON CONFLICT (member_id, group_key) WHERE group_key IS NOT NULL AND read_at IS NULL
         DO NOTHING
         RETURNING id, member_id
       )
       SELECT i.id, i.member_id, r.delivery, r.email, r.display_name, r.locale
         FROM inserted i JOIN recipients r ON r.id = i.id`,
      [
        recipientIds.map(() => uuidv7()),
        recipientIds,
        effectiveDelivery(type, null),
        type,
        JSON.stringify(payload),
        now,
        conversationGroupKey(notice.conversationId),
      ],
    );
    const later: string[] = [];
    const created = rows.map((r) => {
      const row = this.notifications.create({
        id: r.id,
        memberId: r.member_id,
        type,
        payload,
        readAt: null,
        createdAt: now,
      });
      // Emailed later, if still unread then (MessageEmailsService); at once when the delay is 0.
      if (r.delivery === NotificationDelivery.EMAIL && this.messageEmails.delayed) later.push(r.id);
      else if (r.delivery === NotificationDelivery.EMAIL)
        this.toEmail.set(row, {
          memberId: r.member_id,
          email: r.email,
          displayName: r.display_name,
          locale: r.locale,
          status: MemberStatus.ACTIVE,
          choices: new Map(),
        });
      return row;
    });
    this.deliver(created);
    await this.messageEmails.later(later);
  }

  /** Reading a conversation reads its NEW_MESSAGE notification; the next message notifies again. */
  async markConversationRead(memberId: string, conversationId: string): Promise<void> {
    const result = await this.notifications.update(
      { memberId, groupKey: conversationGroupKey(conversationId), readAt: IsNull() },
      { readAt: this.clock.now() },
    );
    this.announceRead(memberId, result.affected ?? 0);
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
    this.announceRead(memberId, result.affected ?? 0);
    return result.affected ?? 0;
  }

  /** Every tab of the member updates its bell (one tab reading must not leave others stale). */
  private announceRead(memberId: string, count: number): void {
    if (count === 0) return;
    this.events.publish({
      type: 'notification.read',
      rooms: [memberRoom(memberId)],
      socketEvent: { name: 'notification:read', payload: { count } },
    });
  }
}
