import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { PostEntity } from './post.entity';

@Entity('post_reactions')
export class PostReactionEntity {
  @PrimaryColumn('uuid', { name: 'post_id' }) postId!: string;
  @Index('post_reactions_member_idx')
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;
  @PrimaryColumn('varchar', { length: 32 }) emoji!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'post_reactions_post_fk' })
  post?: PostEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'post_reactions_member_fk' })
  member?: MemberEntity;
}
