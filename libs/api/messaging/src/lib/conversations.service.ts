import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  decodeCursor,
  DomainEvents,
  ForbiddenError,
  memberRoom,
  NotFoundError,
  pageSize,
  toConnection,
  type Connection,
  type Viewer,
  timeOrderedPage,
} from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { NotificationsService } from '@wide-open/api/notifications';
import { Limits, MemberStatus } from '@wide-open/shared/contracts';
import { BlocksService } from './blocks.service';
import { ConversationParticipantEntity } from './entities/conversation-participant.entity';
import { ConversationEntity } from './entities/conversation.entity';
import { MessageEntity } from './entities/message.entity';
import { messagePayload } from './messaging.mapper';
import { MessagingService } from './messaging.service';

/** Reading conversations and everything around messages except sending them. */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly messaging: MessagingService,
    private readonly blocks: BlocksService,
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
  ) {}

  /** The viewer's conversations, most recent activity first (keyset on last_message_at, id). */
  async list(
    viewer: Viewer,
    first?: number,
    after?: string,
  ): Promise<Connection<ConversationEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(ConversationEntity, 'c')
      .innerJoin(
        ConversationParticipantEntity,
        'p',
        'p.conversation_id = c.id AND p.member_id = :me AND p.left_at IS NULL',
        { me: viewer.memberId },
      );
    return timeOrderedPage(query, {
      column: 'c.last_message_at',
      id: 'c.id',
      direction: 'DESC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  /** A page of history, newest first (keyset on id: UUID v7 follows storage order). */
  async messages(
    conversationId: string,
    first?: number,
    after?: string,
  ): Promise<Connection<MessageEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const query = this.dataSource.manager
      .createQueryBuilder(MessageEntity, 'm')
      .where('m.conversation_id = :conversationId', { conversationId })
      .orderBy('m.id', 'DESC')
      .limit(size + 1);
    if (cursor) query.andWhere('m.id < :idAfter::uuid', { idAfter: cursor.id });
    return toConnection(
      await query.getMany(),
      size,
      (m) => ({ value: '', id: m.id }),
      (m) => m,
    );
  }

  /**
   * Everything stored after `afterId` in the viewer's conversations, oldest first: what a
   * client missed while disconnected.
   */
  async sync(viewer: Viewer, afterId: string) {
    const rows = await this.dataSource.manager
      .createQueryBuilder(MessageEntity, 'm')
      .innerJoin(
        ConversationParticipantEntity,
        'p',
        'p.conversation_id = m.conversation_id AND p.member_id = :me AND p.left_at IS NULL',
        { me: viewer.memberId },
      )
      .innerJoinAndSelect('m.author', 'a')
      .where('m.id > :afterId::uuid', { afterId })
      .orderBy('m.id', 'ASC')
      .limit(Limits.messaging.syncBatch)
      .getMany();
    return rows.map((m) => messagePayload(m, m.author!));
  }

  /** Read receipts: only ever moves forward; participants are told. */
  async markRead(
    viewer: Viewer,
    conversationId: string,
    messageId: string,
  ): Promise<ConversationEntity> {
    const conversation = await this.messaging.participantConversation(viewer, conversationId);
    const message = await this.dataSource.manager.findOneBy(MessageEntity, {
      id: messageId,
      conversationId,
    });
    if (!message) throw new BadInputError({ messageId: 'is not a message of this conversation' });
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(ConversationParticipantEntity)
      .set({ lastReadMessageId: messageId })
      .where('conversation_id = :conversationId AND member_id = :me', {
        conversationId,
        me: viewer.memberId,
      })
      .andWhere('(last_read_message_id IS NULL OR last_read_message_id < :messageId::uuid)', {
        messageId,
      })
      .execute();
    if (result.affected) {
      await this.notifications.markConversationRead(viewer.memberId, conversationId);
      const rooms = (await this.messaging.activeParticipantIds(conversationId)).map(memberRoom);
      this.events.publish({
        type: 'conversation.read',
        rooms,
        socketEvent: {
          name: 'conversation:read',
          payload: { conversationId, memberId: viewer.memberId, messageId },
        },
      });
    }
    return conversation;
  }

  async edit(viewer: Viewer, messageId: string, body: string | null): Promise<MessageEntity> {
    const message = await this.dataSource.manager.findOneBy(MessageEntity, { id: messageId });
    if (!message) throw new NotFoundError('Message');
    await this.messaging.participantConversation(viewer, message.conversationId).catch(() => {
      throw new NotFoundError('Message');
    });
    if (message.authorId !== viewer.memberId)
      throw new ForbiddenError('Only its author can change a message.');
    if (message.deletedAt) throw new ConflictError('This message was removed.');
    await this.dataSource.manager.update(
      MessageEntity,
      { id: messageId },
      body === null ? { deletedAt: new Date() } : { body, editedAt: new Date() },
    );
    const updated = await this.dataSource.manager.findOneByOrFail(MessageEntity, { id: messageId });
    const author = await this.dataSource.manager.findOneByOrFail(MemberEntity, {
      id: viewer.memberId,
    });
    const rooms = (await this.messaging.activeParticipantIds(message.conversationId)).map(
      memberRoom,
    );
    this.events.publish({
      type: 'message.updated',
      rooms,
      socketEvent: { name: 'message:updated', payload: messagePayload(updated, author) },
    });
    return updated;
  }

  async rename(
    viewer: Viewer,
    conversationId: string,
    title: string | null,
  ): Promise<ConversationEntity> {
    const conversation = await this.messaging.participantConversation(viewer, conversationId);
    if (!conversation.isGroup)
      throw new BadInputError({ title: 'only group conversations have a name' });
    await this.dataSource.manager.update(ConversationEntity, { id: conversationId }, { title });
    return this.dataSource.manager.findOneByOrFail(ConversationEntity, { id: conversationId });
  }

  /** The group's creator adds ACTIVE members, up to 50 in all. */
  async addParticipants(
    viewer: Viewer,
    conversationId: string,
    memberIds: string[],
  ): Promise<ConversationEntity> {
    const conversation = await this.messaging.participantConversation(viewer, conversationId);
    if (!conversation.isGroup)
      throw new BadInputError({
        memberIds: 'a conversation between two stays between two; start a group',
      });
    if (conversation.createdBy !== viewer.memberId)
      throw new ForbiddenError('Only the group’s creator adds members.');
    const active = await this.dataSource.manager.countBy(MemberEntity, {
      id: In(memberIds),
      status: MemberStatus.ACTIVE,
    });
    if (active !== new Set(memberIds).size)
      throw new BadInputError({ memberIds: 'must all be active members' });
    if (await this.blocks.anyBetween(viewer.memberId, memberIds))
      throw new ForbiddenError('You cannot add this member.');
    await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
      for (const memberId of memberIds) {
        await tx.query(
          `INSERT INTO conversation_participants (conversation_id, member_id) VALUES ($1, $2)
           ON CONFLICT (conversation_id, member_id) DO UPDATE SET left_at = NULL`,
          [conversationId, memberId],
        );
      }
      const count = await tx.countBy(ConversationParticipantEntity, {
        conversationId,
        leftAt: IsNull(),
      });
      if (count > Limits.messaging.groupSize) {
        throw new BadInputError({
          memberIds: `a group has at most ${Limits.messaging.groupSize} members`,
        });
      }
    });
    return conversation;
  }

  async leave(viewer: Viewer, conversationId: string): Promise<void> {
    const conversation = await this.messaging.participantConversation(viewer, conversationId);
    if (!conversation.isGroup)
      throw new BadInputError({ id: 'you can leave groups only; block the member instead' });
    await this.dataSource.manager.update(
      ConversationParticipantEntity,
      { conversationId, memberId: viewer.memberId },
      { leftAt: new Date() },
    );
  }

  /** How many messages from others the viewer has not read, across conversations: the badge. */
  async totalUnread(viewer: Viewer): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n
         FROM conversation_participants p
         JOIN messages m ON m.conversation_id = p.conversation_id
        WHERE p.member_id = $1 AND p.left_at IS NULL AND m.author_id <> $1 AND m.deleted_at IS NULL
          AND (p.last_read_message_id IS NULL OR m.id > p.last_read_message_id)`,
      [viewer.memberId],
    );
    return row.n;
  }
}
