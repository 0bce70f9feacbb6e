import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The append-only audit log of moderator and admin actions. The application only inserts; a
 * trigger created by the initial migration refuses every UPDATE and DELETE, whoever asks.
 */
@Entity('moderation_actions')
@Index('moderation_actions_created_idx', ['createdAt', 'id'])
export class ModerationActionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'actor_id' }) actorId!: string;
  /** e.g. APPROVE_MEMBER, REJECT_MEMBER, SET_ROLE. */
  @Column('varchar', { length: 40 }) action!: string;
  @Column('varchar', { name: 'target_type', length: 20 }) targetType!: string;
  @Index('moderation_actions_target_idx')
  @Column('uuid', { name: 'target_id' })
  targetId!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('jsonb', { default: () => "'{}'" }) details!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
