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
import { GuideChapterEntity } from './guide-chapter.entity';

export enum GuideSuggestionStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** A reader's suggestion for a chapter: the suggestion box editors review. */
@Entity('guide_suggestions')
@Index('guide_suggestions_status_created_idx', ['status', 'createdAt', 'id'])
@Index('guide_suggestions_chapter_status_idx', ['chapterId', 'status', 'createdAt'])
export class GuideSuggestionEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'guide_suggestions_pkey' }) id!: string;
  @Column('uuid', { name: 'chapter_id' }) chapterId!: string;

  @Index('guide_suggestions_author_idx')
  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('varchar', { length: 2000 }) text!: string;
  @Column('text', { name: 'proposed_wording', nullable: true }) proposedWording!: string | null;
  /** fr or en: the language of the chapter the reader was reading. */
  @Column('varchar', { length: 5 }) language!: string;

  @Column({
    type: 'enum',
    enum: GuideSuggestionStatus,
    enumName: 'guide_suggestion_status',
    default: GuideSuggestionStatus.OPEN,
  })
  status!: GuideSuggestionStatus;

  @Column('varchar', { name: 'review_note', length: 1000, nullable: true })
  reviewNote!: string | null;

  @Index('guide_suggestions_reviewed_by_idx')
  @Column('uuid', { name: 'reviewed_by', nullable: true })
  reviewedById!: string | null;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => GuideChapterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chapter_id', foreignKeyConstraintName: 'guide_suggestions_chapter_fk' })
  chapter?: GuideChapterEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'guide_suggestions_author_fk' })
  author?: MemberEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'guide_suggestions_reviewed_by_fk' })
  reviewedBy?: MemberEntity;
}
