import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MemberObject } from '@wide-open/api/accounts';
import { RsvpStatus } from '../entities/event-rsvp.entity';

@ObjectType('Rsvp')
export class RsvpObject {
  @Field(() => RsvpStatus) status!: RsvpStatus;
  @Field({ description: 'GOING while the event is full: waiting for a seat, in order.' })
  waitlisted!: boolean;
}

@ObjectType('EventAttendee')
export class EventAttendeeObject {
  @Field(() => MemberObject) member!: MemberObject;
  @Field(() => RsvpStatus) status!: RsvpStatus;
  @Field() waitlisted!: boolean;
}

@ObjectType('Event')
export class EventObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() timeZone!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => Int, { nullable: true }) capacity!: number | null;
  @Field() language!: string;
  @Field(() => ID, { nullable: true, description: 'Shared by the occurrences of a series.' })
  seriesId!: string | null;
  @Field() cancelled!: boolean;
  @Field(() => String, { nullable: true, description: 'Its cover image (large).' })
  coverUrl!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Set once its start was changed: when it was first planned.',
  })
  movedFrom!: Date | null;
  @Field({ description: 'Its .ics file; the whole agenda is /calendar/agenda.ics.' })
  icsUrl!: string;
  @Field() createdAt!: Date;
  organizerId!: string;
  placeId!: string | null;
}
