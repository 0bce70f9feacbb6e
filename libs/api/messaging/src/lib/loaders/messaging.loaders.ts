import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import type { LoaderFactory } from '@wide-open/api/core';
import { ConversationParticipantEntity } from '../entities/conversation-participant.entity';
import { MessageEntity } from '../entities/message.entity';

/** Active participants of each conversation, with the members joined in. */
@Injectable()
export class ParticipantsLoader implements LoaderFactory<string, ConversationParticipantEntity[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, ConversationParticipantEntity[]>(async (ids) => {
      const rows = await this.dataSource.manager.find(ConversationParticipantEntity, {
        where: { conversationId: In([...ids]), leftAt: IsNull() },
        relations: { member: true },
        order: { joinedAt: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.conversationId === id));
    });
  }
}

/** The latest message of each conversation (one DISTINCT ON query). */
@Injectable()
export class LastMessageLoader implements LoaderFactory<string, MessageEntity | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, MessageEntity | null>(async (ids) => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(MessageEntity, 'm')
        .distinctOn(['m.conversation_id'])
        .where('m.conversation_id IN (:...ids)', { ids: [...ids] })
        .orderBy('m.conversation_id')
        .addOrderBy('m.id', 'DESC')
        .getMany();
      return ids.map((id) => rows.find((m) => m.conversationId === id) ?? null);
    });
  }
}

/** Messages from others a member has not read, per conversation; keys `${memberId}:${conversationId}`. */
@Injectable()
export class UnreadMessagesLoader implements LoaderFactory<string, number> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await this.dataSource.query<Array<{ key: string; n: number }>>(
        `SELECT p.member_id || ':' || p.conversation_id AS key, count(m.id)::int AS n
           FROM unnest($1::uuid[], $2::uuid[]) AS k(member_id, conversation_id)
           JOIN conversation_participants p ON p.member_id = k.member_id AND p.conversation_id = k.conversation_id
           LEFT JOIN messages m ON m.conversation_id = p.conversation_id AND m.author_id <> p.member_id
                               AND m.deleted_at IS NULL
                               AND (p.last_read_message_id IS NULL OR m.id > p.last_read_message_id)
          GROUP BY p.member_id, p.conversation_id`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const counts = new Map(rows.map((r) => [r.key, r.n]));
      return keys.map((k) => counts.get(k) ?? 0);
    });
  }
}

export const messagingLoaders = [ParticipantsLoader, LastMessageLoader, UnreadMessagesLoader];
