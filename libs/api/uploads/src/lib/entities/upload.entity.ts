import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One re-encoded image variant, as stored. */
export interface ImageVariant {
  key: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * An uploaded image, kept only as the variants we re-encoded (never the original bytes, which
 * may carry EXIF and GPS data). `attached_at` is set when a profile or place starts using it.
 */
@Entity('uploads')
export class UploadEntity {
  @PrimaryColumn('uuid') id!: string;

  @Index('uploads_owner_idx')
  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('smallint') width!: number;
  @Column('smallint') height!: number;
  /** Variants by name (`small`, `medium`, `large`), smallest first. */
  @Column('jsonb') variants!: Record<string, ImageVariant>;
  @Column('timestamptz', { name: 'attached_at', nullable: true }) attachedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
