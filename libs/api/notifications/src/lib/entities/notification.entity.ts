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
// What the digest job looks for: notifications still waiting for their daily or weekly email.
@Index('notifications_digest_pending_idx', ['digest', 'memberId', 'createdAt'], {
  where: 'digest IS NOT NULL AND digested_at IS NULL',
})
// At most one unread notification per member and group (NEW_MESSAGE: one per conversation).
@Index('notifications_unread_group_key', ['memberId', 'groupKey'], {
  unique: true,
  where: 'group_key IS NOT NULL AND read_at IS NULL',
})
export class NotificationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  /** A `NotificationType`, e.g. MENTION, THREAD_REPLY, APPLICATION_DECIDED. */
  @Column('varchar', { length: 40 }) type!: string;
  /** Flat JSON: what the UI needs to show and link the notification. */
  @Column('jsonb') payload!: NotificationPayload;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** DAILY or WEEKLY when a digest email should carry it; null otherwise. */
  @Column('varchar', { length: 10, nullable: true }) digest!: string | null;
  /** When a digest carried it (a digest never carries it twice). */
  @Column('timestamptz', { name: 'digested_at', nullable: true }) digestedAt!: Date | null;
  /** Repeats of the same news coalesce on this key while unread (e.g. `conversation:<id>`). */
  @Column('varchar', { name: 'group_key', length: 80, nullable: true }) groupKey!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'notifications_member_fk' })
  member?: MemberEntity;
}
