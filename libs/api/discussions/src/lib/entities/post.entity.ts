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
import { ThreadEntity } from './thread.entity';

@Entity('posts')
@Index('posts_thread_created_idx', ['threadId', 'createdAt', 'id'])
@Index('posts_author_created_idx', ['authorId', 'createdAt'])
// Posts per week (moderation dashboard).
@Index('posts_created_idx', ['createdAt'])
// Search within a category: combined with the GIN index (a bitmap AND), or walked newest first.
@Index('posts_category_idx', ['categoryId', 'id'])
export class PostEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'thread_id' }) threadId!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  /**
   * The thread's category, copied so that search can filter posts by category through an index
   * (through the thread, a common word in a category read every match). Database triggers keep it
   * equal to the thread's (set on insert, rewritten when a thread moves), so every writer, bulk
   * loads included, stays right without knowing it; the API never writes it.
   */
  @Column({ type: 'uuid', name: 'category_id', select: false, insert: false, update: false })
  categoryId?: string;
  @Column('text') body!: string;
  @Column('uuid', { name: 'reply_to_id', nullable: true }) replyToId!: string | null;
  /** The author agreed that researchers may quote this post. */
  @Column('boolean', { name: 'research_consent', default: false }) researchConsent!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
  @Column('timestamptz', { name: 'hidden_at', nullable: true }) hiddenAt!: Date | null;
  /**
   * Set while a new member's post waits for a moderator (HOLD_FIRST_POSTS): it is also hidden
   * until approved. Its partial index (held posts only) is created by the migration.
   */
  @Index('posts_held_idx', { synchronize: false })
  @Column('timestamptz', { name: 'held_at', nullable: true })
  heldAt!: Date | null;

  @Index('posts_search_gin', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: "to_tsvector('simple', wo_unaccent(body))",
  })
  search?: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'posts_thread_fk' })
  thread?: ThreadEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'posts_author_fk' })
  author?: MemberEntity;
}
