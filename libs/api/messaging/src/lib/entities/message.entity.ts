import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { ConversationEntity } from './conversation.entity';

/**
 * A message. Ids are UUID v7, generated while the conversation row is locked, so within a
 * conversation their order is the order in which messages were stored.
 */
@Entity('messages')
@Index('messages_conversation_idx', ['conversationId', 'id'])
@Index('messages_author_client_key', ['authorId', 'clientMessageId'], { unique: true })
export class MessageEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') body!: string;
  /** Chosen by the sending client: a retry with the same id returns the first message. */
  @Column('varchar', { name: 'client_message_id', length: 64 }) clientMessageId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id', foreignKeyConstraintName: 'messages_conversation_fk' })
  conversation?: ConversationEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'messages_author_fk' })
  author?: MemberEntity;
}
