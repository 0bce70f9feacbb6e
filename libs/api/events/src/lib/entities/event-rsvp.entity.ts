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
import { EventEntity } from './event.entity';

export enum RsvpStatus {
  GOING = 'GOING',
  MAYBE = 'MAYBE',
  NOT_GOING = 'NOT_GOING',
}

/** A member's answer to an event; GOING when full means waiting for a seat, in order. */
@Entity('event_rsvps')
@Index('event_rsvps_seats_idx', ['eventId', 'status', 'waitlisted', 'queuedAt'])
@Index('event_rsvps_member_idx', ['memberId'])
export class EventRsvpEntity {
  @PrimaryColumn('uuid', { name: 'event_id', primaryKeyConstraintName: 'event_rsvps_pkey' })
  eventId!: string;
  @PrimaryColumn('uuid', { name: 'member_id', primaryKeyConstraintName: 'event_rsvps_pkey' })
  memberId!: string;
  @Column({ type: 'enum', enum: RsvpStatus, enumName: 'rsvp_status' }) status!: RsvpStatus;
  @Column('boolean', { default: false }) waitlisted!: boolean;
  /** When they last asked to go: the waiting list's order. */
  @Column('timestamptz', { name: 'queued_at', nullable: true }) queuedAt!: Date | null;
  /** The day-before reminder went out (it goes once). */
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_rsvps_event_fk' })
  event?: EventEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'event_rsvps_member_fk' })
  member?: MemberEntity;
}
