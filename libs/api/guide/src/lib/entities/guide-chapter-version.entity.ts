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
import type { GuideChapterEntity } from './guide-chapter.entity';

/**
 * One saved edit of a chapter, in French and in English. Never changed once written (a
 * database trigger refuses UPDATE and DELETE): history is the list of versions.
 */
@Entity('guide_chapter_versions')
@Index('guide_chapter_versions_number_key', ['chapterId', 'number'], { unique: true })
@Index('guide_chapter_versions_chapter_created_idx', ['chapterId', 'createdAt', 'id'])
export class GuideChapterVersionEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'guide_chapter_versions_pkey' }) id!: string;
  @Column('uuid', { name: 'chapter_id' }) chapterId!: string;
  /** 1, 2, 3… within the chapter. */
  @Column('integer') number!: number;
  @Column('varchar', { name: 'title_fr', length: 160 }) titleFr!: string;
  @Column('varchar', { name: 'title_en', length: 160 }) titleEn!: string;
  @Column('text', { name: 'body_fr' }) bodyFr!: string;
  @Column('text', { name: 'body_en' }) bodyEn!: string;
  @Column('varchar', { length: 500, nullable: true }) note!: string | null;

  @Index('guide_chapter_versions_author_idx')
  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne('GuideChapterEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chapter_id', foreignKeyConstraintName: 'guide_chapter_versions_chapter_fk' })
  chapter?: GuideChapterEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'guide_chapter_versions_author_fk' })
  author?: MemberEntity;
}
