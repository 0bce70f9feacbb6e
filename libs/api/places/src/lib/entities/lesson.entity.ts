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
import { Challenge } from '@wide-open/shared/contracts';
import { MemberEntity } from '@wide-open/api/accounts';
import { PlaceEntity } from './place.entity';

export interface LessonFigure {
  label: string;
  value: number;
  unit: string | null;
}

/** A lesson learned: what a place tried against one challenge, what happened, and advice. */
@Entity('lessons')
@Index('lessons_challenge_created_idx', ['challenge', 'createdAt', 'id'])
@Index('lessons_place_created_idx', ['placeId', 'createdAt', 'id'])
export class LessonEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'place_id' }) placeId!: string;
  @Column({ type: 'enum', enum: Challenge, enumName: 'challenge' }) challenge!: Challenge;
  @Column('varchar', { length: 160 }) title!: string;
  @Column('text', { nullable: true }) context!: string | null;
  @Column('text', { name: 'what_we_tried' }) whatWeTried!: string;
  @Column('text') outcome!: string;
  @Column('text', { nullable: true }) advice!: string | null;
  @Column('jsonb', { default: () => "'[]'" }) figures!: LessonFigure[];

  @Index('lessons_author_idx')
  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'lessons_place_fk' })
  place?: PlaceEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'lessons_author_fk' })
  author?: MemberEntity;
}
