import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { MemberEntity } from '../entities/member.entity';

/**
 * A message on an application, between the moderation team and the applicant, before the
 * decision. Moderators write as the team; the applicant answers on their own application.
 */
@Entity('application_messages')
@Index('application_messages_applicant_idx', ['applicantId', 'id'])
export class ApplicationMessageEntity {
  /** UUID v7: time-ordered, so the thread reads in id order. */
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'application_messages_pkey' }) id!: string;
  @Column('uuid', { name: 'applicant_id' }) applicantId!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'applicant_id',
    foreignKeyConstraintName: 'application_messages_applicant_fk',
  })
  applicant?: MemberEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'application_messages_author_fk' })
  author?: MemberEntity;
}
