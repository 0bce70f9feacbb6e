import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { ConversationEntity } from './conversation.entity';

@Entity('conversation_participants')
@Index('conversation_participants_member_idx', ['memberId', 'leftAt'])
export class ConversationParticipantEntity {
  @PrimaryColumn('uuid', { name: 'conversation_id' }) conversationId!: string;
  @PrimaryColumn('uuid', { name: 'member_id' }) memberId!: string;
  @Column('timestamptz', { name: 'joined_at', default: () => 'now()' }) joinedAt!: Date;
  /** Set when the member leaves a group: they keep no access. */
  @Column('timestamptz', { name: 'left_at', nullable: true }) leftAt!: Date | null;
  /** The last message this member has read (read receipts and unread counts). */
  @Column('uuid', { name: 'last_read_message_id', nullable: true }) lastReadMessageId!:
    string | null;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'conversation_id',
    foreignKeyConstraintName: 'conversation_participants_conversation_fk',
  })
  conversation?: ConversationEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'member_id',
    foreignKeyConstraintName: 'conversation_participants_member_fk',
  })
  member?: MemberEntity;
}
