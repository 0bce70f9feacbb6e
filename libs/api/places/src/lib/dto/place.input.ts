import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  Challenge,
  IsCountryCode,
  PlaceKind,
  PlaceStatus,
  TrimToNull,
  UpperCase,
} from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';
import { IsVideoUrl } from './is-video-url';

const L = Limits.place;
const urlOptions = { protocols: ['http', 'https'], require_protocol: true };

/** Fields shared by creating and editing; on edit, absent means unchanged. */
@InputType({ isAbstract: true })
export class PlaceFieldsInput {
  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @TrimToNull()
  @MaxLength(L.description, { message: `must be at most ${L.description} characters` })
  description?: string | null;

  @Field(() => PlaceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlaceStatus, { message: 'must be ACTIVE, TEMPORARY or CLOSED' })
  status?: PlaceStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt({ message: 'must be a year' })
  @Min(L.foundedYear.min, { message: `must be ${L.foundedYear.min} or later` })
  @Max(new Date().getUTCFullYear() + 1, { message: 'cannot be in the future' })
  foundedYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(L.address, { message: `must be at most ${L.address} characters` })
  address?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsLatitude({ message: 'must be between -90 and 90' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsLongitude({ message: 'must be between -180 and 180' })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @ValidateIf((_o, v) => v !== null)
  @MaxLength(Limits.profile.url, { message: `must be at most ${Limits.profile.url} characters` })
  @IsUrl(urlOptions, { message: 'must be a web address starting with https://' })
  website?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.links, { message: `at most ${L.links} links` })
  @MaxLength(Limits.profile.url, {
    each: true,
    message: `each link must be at most ${Limits.profile.url} characters`,
  })
  @IsUrl(urlOptions, {
    each: true,
    message: 'each link must be a web address starting with https://',
  })
  links?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.videos, { message: `at most ${L.videos} videos` })
  @IsVideoUrl({ each: true })
  videos?: string[];

  @Field(() => [Challenge], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'must not repeat a challenge' })
  @IsEnum(Challenge, { each: true, message: 'must be challenges the platform knows' })
  challenges?: Challenge[];

  @Field(() => [ID], { nullable: true, description: 'Your uploads, in gallery order.' })
  @IsOptional()
  @ArrayMaxSize(L.photos, { message: `at most ${L.photos} photos` })
  @ArrayUnique({ message: 'must not repeat a photo' })
  @IsUUID('all', { each: true, message: 'must be upload ids' })
  photoIds?: string[];
}

@InputType()
export class CreatePlaceInput extends PlaceFieldsInput {
  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.name.min, L.name.max, {
    message: `must be between ${L.name.min} and ${L.name.max} characters`,
  })
  name!: string;

  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.summary.min, L.summary.max, {
    message: `must be between ${L.summary.min} and ${L.summary.max} characters`,
  })
  summary!: string;

  @Field(() => [PlaceKind])
  @ArrayMinSize(1, { message: 'choose at least one kind' })
  @ArrayMaxSize(L.kinds, { message: `at most ${L.kinds} kinds` })
  @ArrayUnique({ message: 'must not repeat a kind' })
  @IsEnum(PlaceKind, { each: true, message: 'must be kinds of place the platform knows' })
  kinds!: PlaceKind[];

  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(1, Limits.profile.city, {
    message: `must be between 1 and ${Limits.profile.city} characters`,
  })
  city!: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. FR.' })
  @UpperCase()
  @IsCountryCode()
  country!: string;
}

@InputType()
export class UpdatePlaceInput extends PlaceFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: 'cannot be empty' })
  @Length(L.name.min, L.name.max, {
    message: `must be between ${L.name.min} and ${L.name.max} characters`,
  })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: 'cannot be empty' })
  @Length(L.summary.min, L.summary.max, {
    message: `must be between ${L.summary.min} and ${L.summary.max} characters`,
  })
  summary?: string;

  @Field(() => [PlaceKind], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'choose at least one kind' })
  @ArrayMaxSize(L.kinds, { message: `at most ${L.kinds} kinds` })
  @ArrayUnique({ message: 'must not repeat a kind' })
  @IsEnum(PlaceKind, { each: true, message: 'must be kinds of place the platform knows' })
  kinds?: PlaceKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString({ message: 'cannot be empty' })
  @Length(1, Limits.profile.city, {
    message: `must be between 1 and ${Limits.profile.city} characters`,
  })
  city?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @UpperCase()
  @IsCountryCode()
  country?: string;
}
