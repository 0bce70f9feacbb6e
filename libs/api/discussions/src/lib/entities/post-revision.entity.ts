import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PostEntity } from './post.entity';

/** A post's earlier wording, kept when it is edited or deleted (read by moderators). */
@Entity('post_revisions')
export class PostRevisionEntity {
  @PrimaryColumn('uuid', { name: 'post_id' }) postId!: string;
  @PrimaryColumn('timestamptz', { name: 'replaced_at' }) replacedAt!: Date;
  @Column('text') body!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'post_revisions_post_fk' })
  post?: PostEntity;
}
