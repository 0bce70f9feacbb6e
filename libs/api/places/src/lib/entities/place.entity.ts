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
import { MemberEntity } from '@wide-open/api/accounts';
import { Challenge, PlaceKind, PlaceStatus } from '@wide-open/shared/contracts';

const PLACE_SEARCH_EXPRESSION =
  "setweight(to_tsvector('simple', wo_unaccent(name)), 'A') || " +
  "setweight(to_tsvector('simple', wo_unaccent(summary || ' ' || city)), 'B') || " +
  "setweight(to_tsvector('simple', wo_unaccent(coalesce(description, ''))), 'C')";

@Entity('places')
@Index('places_name_idx', ['name', 'id'])
@Index('places_country_name_idx', ['country', 'name', 'id'])
export class PlaceEntity {
  @PrimaryColumn('uuid') id!: string;

  @Index('places_slug_key', { unique: true })
  @Column('varchar', { length: 80 })
  slug!: string;

  @Column('varchar', { length: 120 }) name!: string;
  @Column('varchar', { length: 500 }) summary!: string;
  @Column('text', { nullable: true }) description!: string | null;

  // GIN indexes for the `kinds`/`challenges` filters (`@>`) are created by the migration:
  // TypeORM cannot describe them, and `synchronize: false` keeps its diff from dropping them.
  @Index('places_kinds_gin', { synchronize: false })
  @Column({
    type: 'enum',
    enum: PlaceKind,
    enumName: 'place_kind',
    array: true,
    default: () => "'{}'",
  })
  kinds!: PlaceKind[];

  @Column({
    type: 'enum',
    enum: PlaceStatus,
    enumName: 'place_status',
    default: PlaceStatus.ACTIVE,
  })
  status!: PlaceStatus;

  @Column('smallint', { name: 'founded_year', nullable: true }) foundedYear!: number | null;
  @Column('varchar', { length: 120 }) city!: string;
  @Column('char', { length: 2 }) country!: string;
  @Column('double precision', { nullable: true }) latitude!: number | null;
  @Column('double precision', { nullable: true }) longitude!: number | null;
  @Column('varchar', { length: 300, nullable: true }) website!: string | null;
  @Column('varchar', { length: 300, nullable: true }) address!: string | null;
  /** Social and other links. */
  @Column('text', { array: true, default: () => "'{}'" }) links!: string[];
  /** PeerTube, YouTube or Vimeo pages, shown as click-to-load embeds. */
  @Column('text', { array: true, default: () => "'{}'" }) videos!: string[];

  /** Set by a moderator: the place is then visible to its team and moderators only. */
  @Column('timestamptz', { name: 'hidden_at', nullable: true }) hiddenAt!: Date | null;
  @Column('text', { name: 'hidden_reason', nullable: true }) hiddenReason!: string | null;

  /** Name (A), summary, city (B), description (C), accent-insensitive; GIN index by migration. */
  @Index('places_search_gin', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: PLACE_SEARCH_EXPRESSION,
  })
  search?: string;

  @Index('places_challenges_gin', { synchronize: false })
  @Column({
    type: 'enum',
    enum: Challenge,
    enumName: 'challenge',
    array: true,
    default: () => "'{}'",
  })
  challenges!: Challenge[];

  /** Short, sourced facts shown on the place's page. */
  @Column('text', { array: true, default: () => "'{}'" }) facts!: string[];

  @Index('places_created_by_idx')
  @Column('uuid', { name: 'created_by' })
  createdById!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'places_created_by_fk' })
  createdBy?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
