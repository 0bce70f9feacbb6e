import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { ThreadEntity } from './thread.entity';

/**
 * A member's relation to a thread: whether they follow it (told of replies) or muted it, and
 * where they stopped reading (unread markers).
 */
@Entity('thread_subscriptions')
export class ThreadSubscriptionEntity {
  @PrimaryColumn('uuid', { name: 'thread_id' }) threadId!: string;
  @Index('thread_subscriptions_member_idx')
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;
  @Column('boolean', { default: false }) following!: boolean;
  @Column('boolean', { default: false }) muted!: boolean;
  @Column('timestamptz', { name: 'last_read_at', nullable: true }) lastReadAt!: Date | null;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'thread_subscriptions_thread_fk' })
  thread?: ThreadEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'thread_subscriptions_member_fk' })
  member?: MemberEntity;
}
