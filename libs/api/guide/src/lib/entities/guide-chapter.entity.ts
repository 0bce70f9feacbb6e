import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { Challenge, GuideStage } from '@wide-open/shared/contracts';
import { GuideChapterVersionEntity } from './guide-chapter-version.entity';

/**
 * A chapter of the guide: where it sits (stage, position) and what it covers (challenges). Its
 * words live in immutable versions; `published_version_id` is the one readers see (none: a
 * draft, visible to editors only).
 */
@Entity('guide_chapters')
@Index('guide_chapters_order_idx', ['stage', 'position', 'id'])
// Deferred: a reorder renumbers several chapters in one statement, and only the end result must
// hold one chapter per place.
@Unique('guide_chapters_stage_position_key', ['stage', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
export class GuideChapterEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'guide_chapters_pkey' }) id!: string;

  @Index('guide_chapters_slug_key', { unique: true })
  @Column('varchar', { length: 80 })
  slug!: string;

  @Column({ type: 'enum', enum: GuideStage, enumName: 'guide_stage' }) stage!: GuideStage;
  @Column('integer', { default: 0 }) position!: number;

  @Column({
    type: 'enum',
    enum: Challenge,
    enumName: 'challenge',
    array: true,
    default: () => "'{}'",
  })
  challenges!: Challenge[];

  @Index('guide_chapters_published_version_idx')
  @Column('uuid', { name: 'published_version_id', nullable: true })
  publishedVersionId!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;

  @Index('guide_chapters_created_by_idx')
  @Column('uuid', { name: 'created_by' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'guide_chapters_created_by_fk' })
  createdBy?: MemberEntity;

  @ManyToOne(() => GuideChapterVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'published_version_id',
    foreignKeyConstraintName: 'guide_chapters_published_version_fk',
  })
  publishedVersion?: GuideChapterVersionEntity;
}
