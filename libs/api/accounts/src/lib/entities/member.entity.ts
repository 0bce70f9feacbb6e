import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CommunityRole, MemberRole, MemberStatus, Sector } from '@wide-open/shared/contracts';

const MEMBER_SEARCH_EXPRESSION =
  "setweight(to_tsvector('simple', wo_unaccent(display_name || ' ' || handle)), 'A') || " +
  "setweight(to_tsvector('simple', wo_unaccent(coalesce(headline, '') || ' ' || wo_join(skills) || ' ' || wo_join(interests))), 'B') || " +
  "setweight(to_tsvector('simple', wo_unaccent(coalesce(bio, ''))), 'C')";

@Entity('members')
@Index('members_directory_idx', ['status', 'displayName', 'id'])
@Index('members_status_created_idx', ['status', 'createdAt', 'id'])
export class MemberEntity {
  @PrimaryColumn('uuid') id!: string;

  /** Stored lower-cased; unique. */
  @Index('members_email_key', { unique: true })
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('text', { name: 'password_hash' }) passwordHash!: string;

  @Index('members_handle_key', { unique: true })
  @Column('varchar', { length: 30 })
  handle!: string;

  @Column('varchar', { name: 'display_name', length: 80 }) displayName!: string;

  @Column({
    type: 'enum',
    enum: MemberStatus,
    enumName: 'member_status',
    default: MemberStatus.PENDING,
  })
  status!: MemberStatus;

  @Column({ type: 'enum', enum: MemberRole, enumName: 'member_role', default: MemberRole.MEMBER })
  role!: MemberRole;

  @Column({ name: 'community_role', type: 'enum', enum: CommunityRole, enumName: 'community_role' })
  communityRole!: CommunityRole;

  @Column({ type: 'enum', enum: Sector, enumName: 'sector', nullable: true })
  sector!: Sector | null;

  /** BCP 47 language for emails and the default UI language: `fr` or `en`. */
  @Column('varchar', { length: 5, default: 'en' }) locale!: string;

  @Column('varchar', { length: 160, nullable: true }) headline!: string | null;
  @Column('text', { nullable: true }) bio!: string | null;
  @Column('varchar', { length: 120, nullable: true }) city!: string | null;
  @Column('char', { length: 2, nullable: true }) country!: string | null;
  // Array filters use GIN indexes created by the migration (TypeORM cannot describe them).
  @Index('members_languages_gin', { synchronize: false })
  @Column('text', { array: true, default: () => "'{}'" })
  languages!: string[];
  @Index('members_skills_gin', { synchronize: false })
  @Column('text', { array: true, default: () => "'{}'" })
  skills!: string[];
  @Index('members_interests_gin', { synchronize: false })
  @Column('text', { array: true, default: () => "'{}'" })
  interests!: string[];
  @Column('text', { name: 'avatar_url', nullable: true }) avatarUrl!: string | null;
  /** The upload behind `avatar_url` (its owner must be this member). */
  @Column('uuid', { name: 'avatar_upload_id', nullable: true }) avatarUploadId!: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) links!: string[];

  /**
   * Full-text search over name and handle (weight A), headline and tags (B), bio (C),
   * accent-insensitive. Its GIN index is created by the migration.
   */
  @Index('members_search_gin', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: MEMBER_SEARCH_EXPRESSION,
  })
  search?: string;

  /** The application text, seen only by the member and moderators. */
  @Column('text') motivation!: string;

  /** The moderator's welcome message or rejection reason, shown to the applicant. */
  @Column('text', { name: 'decision_message', nullable: true }) decisionMessage!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy!: string | null;

  @Column('text', { name: 'suspension_reason', nullable: true }) suspensionReason!: string | null;
  /** Null with status SUSPENDED means suspended until a moderator lifts it. */
  @Column('timestamptz', { name: 'suspended_until', nullable: true }) suspendedUntil!: Date | null;

  /**
   * When the member deleted their account (status DELETED): their personal data is gone and
   * what they wrote in public shows a "former member".
   */
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
