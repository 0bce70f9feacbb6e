import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { ThreadEntity } from '@wide-open/api/discussions';
import { UploadEntity } from '@wide-open/api/uploads';
import { Challenge, StoryStatus } from '@wide-open/shared/contracts';

/**
 * A story of the research journal: an article by the team or an ambassador about the places
 * the tour visits. A draft is seen by its author and moderators only; publishing opens its
 * discussion thread. Places are in `story_places`, earlier wordings in `story_revisions`.
 */
@Entity('stories')
@Index('stories_published_idx', ['status', 'publishedAt', 'id'])
@Index('stories_author_idx', ['authorId', 'updatedAt', 'id'])
export class StoryEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'stories_pkey' }) id!: string;

  /** Chosen from the first title and kept: links and feed readers rely on it. */
  @Index('stories_slug_key', { unique: true })
  @Column('varchar', { length: 80 })
  slug!: string;

  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('varchar', { length: 160 }) title!: string;
  @Column('varchar', { length: 300 }) summary!: string;
  /** Markdown, stored as written. */
  @Column('text') body!: string;
  @Column('uuid', { name: 'cover_upload_id', nullable: true }) coverUploadId!: string | null;
  @Column('varchar', { name: 'cover_alt', length: 200, nullable: true }) coverAlt!: string | null;
  /** PeerTube, YouTube or Vimeo pages, shown as click-to-load embeds. */
  @Column('text', { array: true, default: () => "'{}'" }) videos!: string[];
  @Column('varchar', { length: 5 }) language!: string;

  @Index('stories_challenges_gin', { synchronize: false })
  @Column({
    type: 'enum',
    enum: Challenge,
    enumName: 'challenge',
    array: true,
    default: () => "'{}'",
  })
  challenges!: Challenge[];

  @Column({
    type: 'enum',
    enum: StoryStatus,
    enumName: 'story_status',
    default: StoryStatus.DRAFT,
  })
  status!: StoryStatus;

  /** The first publication; kept when a story goes back to draft and out again. */
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  /** Opened at the first publication; members comment there. */
  @Index('stories_thread_idx')
  @Column('uuid', { name: 'thread_id', nullable: true })
  threadId!: string | null;
  /** 1 when written, one more at each edit that changes its content. */
  @Column('integer', { default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'stories_author_fk' })
  author?: MemberEntity;

  @ManyToOne(() => UploadEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cover_upload_id', foreignKeyConstraintName: 'stories_cover_fk' })
  cover?: UploadEntity;

  @ManyToOne(() => ThreadEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'stories_thread_fk' })
  thread?: ThreadEntity;
}
