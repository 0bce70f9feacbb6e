import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  BadInputError,
  DomainEvents,
  ForbiddenError,
  InjectConfig,
  isUniqueViolation,
  memberRoom,
  NotFoundError,
  RateLimiterService,
  type AppConfig,
  type Viewer,
} from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { NotificationsService } from '@wide-open/api/notifications';
import { Limits, MemberStatus } from '@wide-open/shared/contracts';
import { BlocksService } from './blocks.service';
import { ConversationWatchers } from './conversation-watchers';
import type { SendMessageInput } from './dto/messaging.inputs';
import { ConversationParticipantEntity } from './entities/conversation-participant.entity';
import { ConversationEntity } from './entities/conversation.entity';
import { MessageEntity } from './entities/message.entity';
import { messagePayload, pairKey } from './messaging.mapper';

/**
 * Sending messages: stored before anyone is told, idempotent on (author, clientMessageId), then
 * emitted to every participant's sockets on whichever instance they are connected.
 */
@Injectable()
export class MessagingService {
  private readonly logger = new Logger(MessagingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blocks: BlocksService,
    private readonly rateLimiter: RateLimiterService,
    private readonly events: DomainEvents,
    @InjectConfig() private readonly config: AppConfig,
    private readonly watchers: ConversationWatchers,
    private readonly notifications: NotificationsService,
  ) {}

  async send(viewer: Viewer, input: SendMessageInput): Promise<MessageEntity> {
    if (!!input.conversationId === !!input.recipientIds) {
      throw new BadInputError({
        conversationId: 'give either a conversation or recipients, not both',
      });
    }
    const manager = this.dataSource.manager;
    // A retry of a message already stored: the same message, nothing stored or delivered again.
    const earlier = await manager.findOneBy(MessageEntity, {
      authorId: viewer.memberId,
      clientMessageId: input.clientMessageId,
    });
    if (earlier) return earlier;
    await this.rateLimiter.consume(
      { name: 'messages', points: this.config.rateLimits.messagesPerMinute, durationSeconds: 60 },
      viewer.memberId,
    );
    const conversationId =
      input.conversationId ?? (await this.conversationWith(viewer, input.recipientIds ?? []));
    const target = await this.writableConversation(viewer, conversationId);
    let message: MessageEntity;
    try {
      message = await this.dataSource.transaction((tx) =>
        this.store(tx, viewer, conversationId, input),
      );
    } catch (error) {
      // Two retries raced past the first check: the unique index kept one; return it.
      if (isUniqueViolation(error)) {
        return manager.findOneByOrFail(MessageEntity, {
          authorId: viewer.memberId,
          clientMessageId: input.clientMessageId,
        });
      }
      throw error;
    }
    this.publish(message, target.author, target.participantIds);
    this.notifyAbsent(message, target.author, target.participantIds);
    return message;
  }

  /**
   * One query for everything a send must know: that the viewer takes part, who else does, whether
   * a block stands in a conversation between two, and the author's public name for the event.
   */
  private async writableConversation(viewer: Viewer, conversationId: string) {
    const [row] = await this.dataSource.query<
      Array<{
        is_group: boolean;
        participants: string[];
        blocked: boolean;
        handle: string;
        display_name: string;
        avatar_url: string | null;
      }>
    >(
      `SELECT c.is_group,
              array_agg(p.member_id) AS participants,
              EXISTS (SELECT 1 FROM member_blocks b
                       JOIN conversation_participants o ON o.conversation_id = c.id AND o.member_id <> $2 AND o.left_at IS NULL
                      WHERE (b.blocker_id = $2 AND b.blocked_id = o.member_id) OR (b.blocker_id = o.member_id AND b.blocked_id = $2)) AS blocked,
              m.handle, m.display_name, m.avatar_url
         FROM conversations c
         JOIN conversation_participants p ON p.conversation_id = c.id AND p.left_at IS NULL
         JOIN members m ON m.id = $2
        WHERE c.id = $1
        GROUP BY c.id, m.id`,
      [conversationId, viewer.memberId],
    );
    if (!row || !row.participants.includes(viewer.memberId))
      throw new NotFoundError('Conversation');
    if (!row.is_group && row.blocked) throw new ForbiddenError('You cannot message this member.');
    return {
      participantIds: row.participants,
      author: {
        id: viewer.memberId,
        handle: row.handle,
        displayName: row.display_name,
        avatarUrl: row.avatar_url,
      },
    };
  }

  /** Locks the conversation so that ids (UUID v7) follow the order messages are stored in. */
  private async store(
    tx: EntityManager,
    viewer: Viewer,
    conversationId: string,
    input: SendMessageInput,
  ): Promise<MessageEntity> {
    await tx.query('SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
    const id = uuidv7();
    const [row] = await tx.query<Array<{ created_at: Date }>>(
      `WITH c AS (UPDATE conversations SET last_message_at = now() WHERE id = $1),
            r AS (UPDATE conversation_participants SET last_read_message_id = $3 WHERE conversation_id = $1 AND member_id = $2)
       INSERT INTO messages (id, conversation_id, author_id, body, client_message_id)
       VALUES ($3, $1, $2, $4, $5) RETURNING created_at`,
      [conversationId, viewer.memberId, id, input.body, input.clientMessageId],
    );
    return tx.create(MessageEntity, {
      id,
      conversationId,
      authorId: viewer.memberId,
      body: input.body,
      clientMessageId: input.clientMessageId,
      createdAt: row.created_at,
      editedAt: null,
      deletedAt: null,
    });
  }

  private publish(
    message: MessageEntity,
    author: Pick<MemberEntity, 'id' | 'handle' | 'displayName' | 'avatarUrl'>,
    participantIds: string[],
  ): void {
    this.events.publish({
      type: 'message.created',
      rooms: participantIds.map(memberRoom),
      socketEvent: { name: 'message:new', payload: messagePayload(message, author) },
    });
  }

  /**
   * NEW_MESSAGE for participants not reading the conversation, off the send path: the reply does
   * not wait for it, and it costs no query per recipient (who watches comes from the sockets;
   * one statement stores the notifications, coalesced per conversation).
   */
  private notifyAbsent(
    message: MessageEntity,
    author: Pick<MemberEntity, 'id' | 'handle' | 'displayName'>,
    participantIds: string[],
  ): void {
    const others = participantIds.filter((id) => id !== author.id);
    if (others.length === 0) return;
    this.watchers
      .watching(message.conversationId)
      .then((watching) =>
        this.notifications.notifyNewMessage(
          {
            conversationId: message.conversationId,
            messageId: message.id,
            authorId: author.id,
            authorHandle: author.handle,
            authorName: author.displayName,
            body: message.body,
          },
          others.filter((id) => !watching.has(id)),
        ),
      )
      .catch((error: unknown) =>
        this.logger.error(`Could not notify of message ${message.id}: ${String(error)}`),
      );
  }

  async activeParticipantIds(conversationId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(ConversationParticipantEntity, {
      select: { memberId: true },
      where: { conversationId, leftAt: IsNull() },
    });
    return rows.map((r) => r.memberId);
  }

  async participantConversation(
    viewer: Viewer,
    conversationId: string,
  ): Promise<ConversationEntity> {
    // One statement (findOne with a relation sends two: a DISTINCT of ids, then the rows).
    const conversation = await this.dataSource.manager
      .createQueryBuilder(ConversationEntity, 'c')
      .innerJoin(
        ConversationParticipantEntity,
        'p',
        'p.conversation_id = c.id AND p.member_id = :member AND p.left_at IS NULL',
        { member: viewer.memberId },
      )
      .where('c.id = :id', { id: conversationId })
      .getOne();
    if (!conversation) throw new NotFoundError('Conversation');
    return conversation;
  }

  /** The conversation with these members: the existing one for a pair, or a new one. */
  private async conversationWith(viewer: Viewer, recipientIds: string[]): Promise<string> {
    const others = recipientIds.filter((id) => id !== viewer.memberId);
    if (others.length === 0)
      throw new BadInputError({ recipientIds: 'name someone other than yourself' });
    const active = await this.dataSource.manager.countBy(MemberEntity, {
      id: In(others),
      status: MemberStatus.ACTIVE,
    });
    if (active !== others.length)
      throw new BadInputError({ recipientIds: 'must all be active members' });
    if (await this.blocks.anyBetween(viewer.memberId, others))
      throw new ForbiddenError('You cannot message this member.');
    if (others.length === 1) {
      const key = pairKey(viewer.memberId, others[0]);
      const existing = await this.dataSource.manager.findOneBy(ConversationEntity, {
        pairKey: key,
      });
      if (existing) {
        await this.dataSource.manager.update(
          ConversationParticipantEntity,
          { conversationId: existing.id },
          { leftAt: null },
        );
        return existing.id;
      }
      try {
        return await this.create(viewer, others, key);
      } catch (error) {
        if (isUniqueViolation(error))
          return (
            await this.dataSource.manager.findOneByOrFail(ConversationEntity, { pairKey: key })
          ).id;
        throw error;
      }
    }
    if (others.length > Limits.messaging.groupSize - 1) {
      throw new BadInputError({
        recipientIds: `a group has at most ${Limits.messaging.groupSize} members`,
      });
    }
    return this.create(viewer, others, null);
  }

  private async create(viewer: Viewer, others: string[], key: string | null): Promise<string> {
    await this.rateLimiter.consume(
      {
        name: 'conversations',
        points: this.config.rateLimits.conversationsPerHour,
        durationSeconds: 3600,
      },
      viewer.memberId,
    );
    const id = uuidv7();
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(ConversationEntity, {
        id,
        createdBy: viewer.memberId,
        isGroup: key === null,
        title: null,
        pairKey: key,
        lastMessageAt: () => 'now()',
      });
      await tx.insert(
        ConversationParticipantEntity,
        [viewer.memberId, ...others].map((memberId) => ({ conversationId: id, memberId })),
      );
    });
    return id;
  }
}
