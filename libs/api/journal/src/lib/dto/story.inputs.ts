import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Challenge, PageArgs, TrimToNull } from '@wide-open/api/core';
import { IsVideoUrl } from '@wide-open/api/places';
import { CONTENT_LANGUAGES, Limits } from '@wide-open/shared/contracts';

const L = Limits.story;
const between = (min: number, max: number) => `must be between ${min} and ${max} characters`;

/**
 * Fields shared by writing and editing a story; on edit, absent means unchanged (and a blank
 * title, summary or body is refused rather than read as "unchanged").
 */
@InputType({ isAbstract: true })
export class StoryFieldsInput {
  @Field(() => String, { nullable: true, description: 'A short alternative text for the cover.' })
  @IsOptional()
  @TrimToNull()
  @MaxLength(L.coverAlt, { message: `must be at most ${L.coverAlt} characters` })
  coverAlt?: string | null;

  @Field(() => ID, { nullable: true, description: 'One of your uploads; null removes the cover.' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: 'must be an upload id' })
  coverId?: string | null;

  @Field(() => [String], { nullable: true, description: 'PeerTube, YouTube or Vimeo pages.' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(L.videos, { message: `at most ${L.videos} videos` })
  @ArrayUnique({ message: 'must not repeat a video' })
  @IsVideoUrl({ each: true })
  videos?: string[];

  @Field(() => [ID], { nullable: true, description: 'The places it is about, in order.' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(L.places, { message: `at most ${L.places} places` })
  @ArrayUnique({ message: 'must not repeat a place' })
  @IsUUID('all', { each: true, message: 'must be place ids' })
  placeIds?: string[];

  @Field(() => [Challenge], { nullable: true })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray({ message: 'must be a list' })
  @ArrayUnique({ message: 'must not repeat a challenge' })
  @IsEnum(Challenge, { each: true, message: 'must be challenges the platform knows' })
  challenges?: Challenge[];
}

// The decorator nearest a property is checked (and reported) first: a blank text says it is
// required rather than too short.
@InputType()
export class CreateStoryInput extends StoryFieldsInput {
  @Field()
  @TrimToNull()
  @Length(L.title.min, L.title.max, { message: between(L.title.min, L.title.max) })
  @IsString({ message: 'is required' })
  title!: string;

  @Field({ description: 'One or two sentences: the list, link previews and the feed show it.' })
  @TrimToNull()
  @Length(L.summary.min, L.summary.max, { message: between(L.summary.min, L.summary.max) })
  @IsString({ message: 'is required' })
  summary!: string;

  @Field({ description: 'Markdown.' })
  @TrimToNull()
  @MaxLength(L.body.max, { message: `must be at most ${L.body.max} characters` })
  @IsString({ message: 'is required' })
  body!: string;

  @Field({ description: 'fr or en: the language it is written in.' })
  @IsIn(CONTENT_LANGUAGES, { message: 'must be fr or en' })
  language!: string;
}

@InputType()
export class UpdateStoryInput extends StoryFieldsInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined)
  @TrimToNull()
  @Length(L.title.min, L.title.max, { message: between(L.title.min, L.title.max) })
  @IsString({ message: 'cannot be empty' })
  title?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined)
  @TrimToNull()
  @Length(L.summary.min, L.summary.max, { message: between(L.summary.min, L.summary.max) })
  @IsString({ message: 'cannot be empty' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @ValidateIf((_o, v) => v !== undefined)
  @TrimToNull()
  @MaxLength(L.body.max, { message: `must be at most ${L.body.max} characters` })
  @IsString({ message: 'cannot be empty' })
  body?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined)
  @IsIn(CONTENT_LANGUAGES, { message: 'must be fr or en' })
  language?: string;
}

@InputType()
export class StoryFilter {
  @Field(() => ID, { nullable: true, description: 'Stories about this place.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a place id' })
  placeId?: string | null;

  @Field(() => Challenge, { nullable: true })
  @IsOptional()
  @IsEnum(Challenge, { message: 'is not a challenge' })
  challenge?: Challenge | null;

  @Field(() => String, { nullable: true, description: 'fr or en.' })
  @IsOptional()
  @IsIn(CONTENT_LANGUAGES, { message: 'must be fr or en' })
  language?: string | null;
}

@ArgsType()
export class StoriesArgs extends PageArgs {
  @Field(() => StoryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryFilter)
  filter?: StoryFilter | null;
}

@ArgsType()
export class StorySlugArgs {
  @Field()
  @IsString()
  @MaxLength(80, { message: 'is not a story' })
  slug!: string;
}

@ArgsType()
export class StoryIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a story id' }) id!: string;
}

@ArgsType()
export class CreateStoryArgs {
  @Field(() => CreateStoryInput)
  @ValidateNested()
  @Type(() => CreateStoryInput)
  input!: CreateStoryInput;
}

@ArgsType()
export class UpdateStoryArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a story id' }) id!: string;

  @Field(() => UpdateStoryInput)
  @ValidateNested()
  @Type(() => UpdateStoryInput)
  input!: UpdateStoryInput;
}
