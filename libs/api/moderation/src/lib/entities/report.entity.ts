import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum ReportTarget {
  POST = 'POST',
  THREAD = 'THREAD',
  MESSAGE = 'MESSAGE',
  MEMBER = 'MEMBER',
  PLACE = 'PLACE',
}
export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** A member's report of content or of another member, reviewed by moderators. */
@Entity('reports')
@Index('reports_status_created_idx', ['status', 'createdAt', 'id'])
@Index('reports_target_idx', ['targetType', 'targetId'])
export class ReportEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'reporter_id' }) reporterId!: string;
  @Column({ name: 'target_type', type: 'enum', enum: ReportTarget, enumName: 'report_target' })
  targetType!: ReportTarget;
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  /** Who wrote the reported content (the member, for MEMBER): earlier reports about them count. */
  @Index('reports_author_idx')
  @Column('uuid', { name: 'author_id' })
  authorId!: string;
  @Column('text') reason!: string;
  /** The content as it was when reported: evidence even if its author edits it later. */
  @Column('text') excerpt!: string;
  @Column({
    type: 'enum',
    enum: ReportStatus,
    enumName: 'report_status',
    default: ReportStatus.OPEN,
  })
  status!: ReportStatus;
  @Column('varchar', { length: 30, nullable: true }) resolution!: string | null;
  @Column('text', { name: 'resolution_note', nullable: true }) resolutionNote!: string | null;
  @Column('uuid', { name: 'resolved_by', nullable: true }) resolvedBy!: string | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
