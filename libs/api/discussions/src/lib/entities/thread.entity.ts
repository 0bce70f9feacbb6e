import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Challenge } from '@wide-open/shared/contracts';
import { MemberEntity } from '@wide-open/api/accounts';
import { PlaceEntity } from '@wide-open/api/places';
import { CategoryEntity } from './category.entity';

@Entity('threads')
@Index('threads_activity_idx', ['pinned', 'lastPostAt', 'id'])
@Index('threads_category_activity_idx', ['categoryId', 'lastPostAt', 'id'])
export class ThreadEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'category_id' }) categoryId!: string;
  @Index('threads_author_idx')
  @Column('uuid', { name: 'author_id' })
  authorId!: string;
  @Index('threads_place_idx')
  @Column('uuid', { name: 'place_id', nullable: true })
  placeId!: string | null;
  @Index('threads_challenge_idx')
  @Column({ type: 'enum', enum: Challenge, enumName: 'challenge', nullable: true })
  challenge!: Challenge | null;
  @Column('varchar', { length: 200 }) title!: string;
  @Column('text', { array: true, default: () => "'{}'" }) tags!: string[];
  @Column('boolean', { default: false }) pinned!: boolean;
  @Column('boolean', { default: false }) locked!: boolean;
  /** Its partial index (hidden threads only, for search) is created by the migration. */
  @Index('threads_hidden_idx', { synchronize: false })
  @Column('timestamptz', { name: 'hidden_at', nullable: true })
  hiddenAt!: Date | null;
  /** Set while the thread's first post waits for a moderator; hidden until approved. */
  @Column('timestamptz', { name: 'held_at', nullable: true }) heldAt!: Date | null;
  @Column('integer', { name: 'posts_count', default: 0 }) postsCount!: number;
  @Column('timestamptz', { name: 'last_post_at' }) lastPostAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @Index('threads_search_gin', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: "to_tsvector('simple', wo_unaccent(title || ' ' || wo_join(tags)))",
  })
  search?: string;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'threads_category_fk' })
  category?: CategoryEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'threads_author_fk' })
  author?: MemberEntity;
  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'threads_place_fk' })
  place?: PlaceEntity;
}
