import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';

/** A member who follows the research journal: told of each story published. */
@Entity('journal_followers')
export class JournalFollowerEntity {
  @PrimaryColumn('uuid', { name: 'member_id', primaryKeyConstraintName: 'journal_followers_pkey' })
  memberId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'journal_followers_member_fk' })
  member?: MemberEntity;
}
