import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { StoryEntity } from './story.entity';

/** A story as it was before an edit: version `version` of it, replaced at `replacedAt`. */
@Entity('story_revisions')
export class StoryRevisionEntity {
  @PrimaryColumn('uuid', { name: 'story_id', primaryKeyConstraintName: 'story_revisions_pkey' })
  storyId!: string;
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'story_revisions_pkey' })
  version!: number;
  @Column('varchar', { length: 160 }) title!: string;
  @Column('varchar', { length: 300 }) summary!: string;
  @Column('text') body!: string;
  /** Who made the edit that replaced this version (the author or a moderator). */
  @Column('uuid', { name: 'replaced_by' }) replacedById!: string;
  @Column('timestamptz', { name: 'replaced_at', default: () => 'now()' }) replacedAt!: Date;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id', foreignKeyConstraintName: 'story_revisions_story_fk' })
  story?: StoryEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by', foreignKeyConstraintName: 'story_revisions_member_fk' })
  replacedBy?: MemberEntity;
}
