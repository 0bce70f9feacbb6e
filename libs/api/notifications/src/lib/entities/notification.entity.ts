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

export type NotificationPayload = Record<string, string | number | boolean | null>;

/** Something a member should hear of: a mention, a reply, a decision. */
@Entity('notifications')
@Index('notifications_member_created_idx', ['memberId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  /** e.g. MENTION, THREAD_REPLY, APPLICATION_DECIDED. */
  @Column('varchar', { length: 40 }) type!: string;
  /** Flat JSON: what the UI needs to show and link the notification. */
  @Column('jsonb') payload!: NotificationPayload;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'notifications_member_fk' })
  member?: MemberEntity;
}
