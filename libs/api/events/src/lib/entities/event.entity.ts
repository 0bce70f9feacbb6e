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
import { PlaceEntity } from '@wide-open/api/places';

/**
 * One meetup. A recurring series ("every two months") is its occurrences, each its own row with
 * the same `series_id`, so each keeps its own attendees and can be moved or cancelled alone.
 */
@Entity('events')
@Index('events_starts_idx', ['startsAt', 'id'])
@Index('events_series_idx', ['seriesId', 'startsAt'])
@Index('events_organizer_idx', ['organizerId', 'startsAt'])
export class EventEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'events_pkey' }) id!: string;
  @Column('uuid', { name: 'series_id', nullable: true }) seriesId!: string | null;
  @Column('uuid', { name: 'organizer_id' }) organizerId!: string;
  @Column('varchar', { length: 200 }) title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt!: Date;
  /** IANA name: the zone the organizer lives the event in (how its times are shown). */
  @Column('varchar', { name: 'time_zone', length: 64 }) timeZone!: string;
  @Column('uuid', { name: 'place_id', nullable: true }) placeId!: string | null;
  @Column('varchar', { length: 300, nullable: true }) address!: string | null;
  /** Filtered case-insensitively through an index on lower(city) made by the migration. */
  @Index('events_city_idx', { synchronize: false })
  @Column('varchar', { length: 120, nullable: true })
  city!: string | null;
  @Column('char', { length: 2, nullable: true }) country!: string | null;
  @Column('varchar', { name: 'online_url', length: 500, nullable: true }) onlineUrl!: string | null;
  /** Null: no limit. */
  @Column('integer', { nullable: true }) capacity!: number | null;
  @Column('varchar', { length: 5, default: 'fr' }) language!: string;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  /** The cover image (an upload of its organizer) and its URL, shared by a series. */
  @Column('uuid', { name: 'cover_upload_id', nullable: true }) coverUploadId!: string | null;
  @Column('text', { name: 'cover_url', nullable: true }) coverUrl!: string | null;
  /** Set when the start is changed: where it was planned first (an exception in a series). */
  @Column('timestamptz', { name: 'moved_from', nullable: true }) movedFrom!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_id', foreignKeyConstraintName: 'events_organizer_fk' })
  organizer?: MemberEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'events_place_fk' })
  place?: PlaceEntity;
}
