import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';

/** `blocker` does not want to hear from `blocked`. */
@Entity('member_blocks')
export class MemberBlockEntity {
  @PrimaryColumn('uuid', { name: 'blocker_id' }) blockerId!: string;
  @Index('member_blocks_blocked_idx')
  @PrimaryColumn('uuid', { name: 'blocked_id' })
  blockedId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocker_id', foreignKeyConstraintName: 'member_blocks_blocker_fk' })
  blocker?: MemberEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocked_id', foreignKeyConstraintName: 'member_blocks_blocked_fk' })
  blocked?: MemberEntity;
}
