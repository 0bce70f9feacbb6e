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

export enum DataExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
}

/**
 * A member's "download my data" request and, once built, its archive under `DATA_DIR/exports`.
 * At most one QUEUED or RUNNING export per member: a partial unique index created by the
 * migration (TypeORM cannot describe it) enforces it.
 */
@Entity('data_exports')
@Index('data_exports_member_created_idx', ['memberId', 'createdAt'])
export class DataExportEntity {
  @PrimaryColumn('uuid') id!: string;

  // Partial unique index `(member_id) WHERE status IN ('QUEUED', 'RUNNING')`, by migration.
  @Index('data_exports_one_active_key', { synchronize: false })
  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'data_exports_member_fk' })
  member?: MemberEntity;

  @Column({
    type: 'enum',
    enum: DataExportStatus,
    enumName: 'data_export_status',
    default: DataExportStatus.QUEUED,
  })
  status!: DataExportStatus;

  /** 0 to 100. */
  @Column('smallint', { default: 0 }) progress!: number;

  /** Where the archive lives, relative to the exports folder; null until READY. */
  @Column('varchar', { name: 'file_key', length: 120, nullable: true }) fileKey!: string | null;
  /** Size of the stored (gzipped) archive. */
  @Column('integer', { nullable: true }) bytes!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'ready_at', nullable: true }) readyAt!: Date | null;
  /** After this the archive is deleted by the cleanup job (and no longer served). */
  @Index('data_exports_expires_idx')
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt!: Date | null;
}
