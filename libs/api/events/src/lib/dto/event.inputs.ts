import {
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  OmitType,
  PartialType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCountryCode, PageArgs, TrimToNull, UpperCase } from '@wide-open/api/core';
import { RecurrenceFrequency } from '../calendar/recurrence';
import { RsvpStatus } from '../entities/event-rsvp.entity';

registerEnumType(RsvpStatus, { name: 'RsvpStatus' });
registerEnumType(RecurrenceFrequency, { name: 'RecurrenceFrequency' });

export const EventLimits = {
  title: { min: 3, max: 200 },
  description: 20_000,
  address: 300,
  city: 120,
  capacity: 100_000,
  /** Longest event: a two-week festival. */
  maxDays: 14,
  occurrences: 24,
  message: 2_000,
  /** Messages an organizer can send to one event's attendees in a day. */
  messagesPerDay: 5,
};

const httpsUrl = { protocols: ['https', 'http'], require_protocol: true, require_tld: false };

@InputType()
export class RecurrenceInput {
  @Field(() => RecurrenceFrequency)
  @IsEnum(RecurrenceFrequency, { message: 'must be WEEKLY or MONTHLY' })
  frequency!: RecurrenceFrequency;

  @Field(() => Int, { description: 'Every N weeks or months ("every two months": 2).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(12, { message: 'must be at most 12' })
  interval!: number;

  @Field(() => Int, { description: 'Occurrences, the first included.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(2, { message: 'must be at least 2' })
  @Max(EventLimits.occurrences, { message: `must be at most ${EventLimits.occurrences}` })
  count!: number;
}

@InputType()
export class CreateEventInput {
  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(EventLimits.title.min, EventLimits.title.max, {
    message: `must be between ${EventLimits.title.min} and ${EventLimits.title.max} characters`,
  })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(EventLimits.description, {
    message: `must be at most ${EventLimits.description} characters`,
  })
  description?: string | null;

  @Field({ description: 'The instant it starts (ISO 8601 with an offset).' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time' })
  startsAt!: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time' })
  endsAt!: Date;

  @Field({ description: 'IANA time zone, e.g. Europe/Paris.' })
  @IsString({ message: 'is required' })
  @MaxLength(64, { message: 'is not a time zone' })
  timeZone!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a place id' })
  placeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(EventLimits.address, { message: `must be at most ${EventLimits.address} characters` })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(EventLimits.city, { message: `must be at most ${EventLimits.city} characters` })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @UpperCase()
  @IsCountryCode()
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsUrl(httpsUrl, { message: 'must be a web address starting with https://' })
  @MaxLength(500, { message: 'must be at most 500 characters' })
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; none means no limit.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(EventLimits.capacity, { message: `must be at most ${EventLimits.capacity}` })
  capacity?: number | null;

  @Field({ defaultValue: 'fr' })
  @IsIn(['fr', 'en'], { message: 'must be fr or en' })
  language!: string;

  @Field(() => ID, { nullable: true, description: 'An image uploaded with POST /uploads.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an upload id' })
  coverId?: string | null;

  @Field(() => RecurrenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceInput)
  recurrence?: RecurrenceInput | null;
}

/**
 * Changes to one event, or to one occurrence of a series (an exception: the others keep their
 * dates). A field left out stays as it is; null clears an optional one.
 */
@InputType()
export class UpdateEventInput extends PartialType(OmitType(CreateEventInput, ['recurrence']), {
  omitDefaultValues: true,
  skipNullProperties: false,
}) {}

@InputType()
export class EventFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(EventLimits.city, { message: `must be at most ${EventLimits.city} characters` })
  city?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: online only; false: in person only.',
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  online?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a place id' })
  placeId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (default: now).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time' })
  from?: Date | null;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventFilter)
  filter?: EventFilter | null;
}

@ArgsType()
export class EventIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not an event id' }) id!: string;
}

@ArgsType()
export class UpdateEventArgs extends EventIdArgs {
  @Field(() => UpdateEventInput)
  @ValidateNested()
  @Type(() => UpdateEventInput)
  input!: UpdateEventInput;
}

@ArgsType()
export class CancelEventArgs extends EventIdArgs {
  @Field({
    defaultValue: false,
    description: 'In a series: this occurrence and every later one, not only this one.',
  })
  @IsBoolean({ message: 'must be true or false' })
  andFollowing!: boolean;
}

@ArgsType()
export class MessageAttendeesArgs extends EventIdArgs {
  @Field({ description: 'Plain text, sent to everyone going, waiting or maybe coming.' })
  @TrimToNull()
  @MaxLength(EventLimits.message, { message: `must be at most ${EventLimits.message} characters` })
  @IsString({ message: 'is required' }) // last: the message shown when both fail
  message!: string;
}

@ArgsType()
export class MyEventsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Past events, latest first, instead of upcoming.' })
  @IsBoolean({ message: 'must be true or false' })
  past!: boolean;
}

@ArgsType()
export class RsvpArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not an event id' }) eventId!: string;
  @Field(() => RsvpStatus)
  @IsEnum(RsvpStatus, { message: 'must be GOING, MAYBE or NOT_GOING' })
  status!: RsvpStatus;
}
