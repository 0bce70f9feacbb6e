import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs, TrimToNull } from '@wide-open/api/core';
import { Challenge, GUIDE_STAGES, GuideStage, Limits } from '@wide-open/shared/contracts';
import { GuideSuggestionStatus } from '../entities/guide-suggestion.entity';

const L = Limits.guide;
const CHALLENGES = Object.values(Challenge);

export enum GuideSuggestionDecision {
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(GuideSuggestionDecision, { name: 'GuideSuggestionDecision' });
registerEnumType(GuideSuggestionStatus, { name: 'GuideSuggestionStatus' });

// Stage, position and challenges are checked alike wherever a chapter is placed (create, edit,
// move), so that each gets the same message.
const IsGuideStage = () =>
  IsIn(GUIDE_STAGES, { message: `must be one of ${GUIDE_STAGES.join(', ')}` });
const IsChapterPosition = () =>
  applyDecorators(
    IsInt({ message: 'must be a whole number' }),
    Min(0, { message: 'must be at least 0' }),
    Max(L.position, { message: `must be at most ${L.position}` }),
  );
const IsChallengeList = () =>
  applyDecorators(
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(L.challenges, { message: `at most ${L.challenges} challenges` }),
    IsIn(CHALLENGES, { each: true, message: `each must be one of ${CHALLENGES.join(', ')}` }),
  );

/** What every saved edit carries: both languages' title and Markdown body, and a note. */
@InputType()
export class GuideChapterContentInput {
  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.title.min, L.title.max, {
    message: `must be between ${L.title.min} and ${L.title.max} characters`,
  })
  titleFr!: string;

  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.title.min, L.title.max, {
    message: `must be between ${L.title.min} and ${L.title.max} characters`,
  })
  titleEn!: string;

  @Field({
    description: 'Markdown; `[[lesson:<id>]]` and `[[place:<slug>]]` embed live references.',
  })
  @TrimToNull()
  @IsString({ message: 'is required' })
  @MaxLength(L.body.max, { message: `must be at most ${L.body.max} characters` })
  bodyFr!: string;

  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @MaxLength(L.body.max, { message: `must be at most ${L.body.max} characters` })
  bodyEn!: string;

  @Field(() => String, { nullable: true, description: 'What changed, for the history.' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.note, { message: `must be at most ${L.note} characters` })
  note?: string | null;
}

/**
 * Stage and challenges are strings checked here rather than GraphQL enums, so that an unknown
 * value is a field error like any other (`GuideStage` and `Challenge` list the values).
 */
@InputType()
export class CreateGuideChapterInput extends GuideChapterContentInput {
  @Field(() => String, { description: 'A GuideStage.' })
  @IsGuideStage()
  stage!: GuideStage;

  @Field(() => Int, { nullable: true, description: 'Within the stage; default: last.' })
  @IsOptional()
  @IsChapterPosition()
  position?: number | null;

  @Field(() => [String], { defaultValue: [], description: 'Challenge values.' })
  @IsChallengeList()
  challenges!: Challenge[];

  @Field(() => String, {
    nullable: true,
    description: 'Its address: /guide/<slug>. Default: from the English title.',
  })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.slug.max, { message: `must be at most ${L.slug.max} characters` })
  @Matches(L.slug.pattern, { message: 'use lower-case letters, digits and hyphens' })
  slug?: string | null;
}

/** A saved edit: a new version (a draft until published); stage, position, challenges at once. */
@InputType()
export class EditGuideChapterInput extends GuideChapterContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a chapter id' })
  chapterId!: string;

  @Field(() => String, { nullable: true, description: 'A GuideStage; unchanged when absent.' })
  @IsOptional()
  @IsGuideStage()
  stage?: GuideStage | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsChapterPosition()
  position?: number | null;

  @Field(() => [String], { nullable: true, description: 'Unchanged when absent.' })
  @IsOptional()
  @IsChallengeList()
  challenges?: Challenge[] | null;
}

@ArgsType()
export class PublishGuideChapterArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a chapter id' }) chapterId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a version id' }) versionId!: string;
}

/** Where a chapter goes: a place in a stage; positions are renumbered around it. */
@ArgsType()
export class MoveGuideChapterArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a chapter id' })
  chapterId!: string;

  @Field(() => String, { nullable: true, description: 'A GuideStage; unchanged when absent.' })
  @IsOptional()
  @IsGuideStage()
  stage?: GuideStage | null;

  @Field(() => Int, { description: '0-based within the stage; beyond the end: last.' })
  @IsChapterPosition()
  position!: number;
}

@ArgsType()
export class GuideArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Editors: drafts too. Ignored for everyone else.',
  })
  @IsBoolean({ message: 'must be true or false' })
  includeDrafts!: boolean;
}

@ArgsType()
export class GuideChapterArgs {
  @Field()
  @IsString()
  @MaxLength(L.slug.max, { message: 'is not a chapter' })
  slug!: string;
}

@ArgsType()
export class GuideVersionArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a version id' }) id!: string;
}

@InputType()
export class SuggestGuideChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a chapter id' })
  chapterId!: string;

  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.suggestion.min, L.suggestion.max, {
    message: `must be between ${L.suggestion.min} and ${L.suggestion.max} characters`,
  })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The wording the reader proposes.' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.proposedWording, { message: `must be at most ${L.proposedWording} characters` })
  proposedWording?: string | null;

  @Field({ defaultValue: 'en', description: 'The language the reader read the chapter in.' })
  @IsIn(['fr', 'en'], { message: 'must be fr or en' })
  language!: string;
}

@InputType()
export class ReviewGuideSuggestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a suggestion id' })
  suggestionId!: string;

  @Field(() => GuideSuggestionDecision)
  @IsEnum(GuideSuggestionDecision, { message: 'must be ACCEPTED or DECLINED' })
  decision!: GuideSuggestionDecision;

  @Field(() => String, { nullable: true, description: 'Told to the suggester.' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.reviewNote, { message: `must be at most ${L.reviewNote} characters` })
  note?: string | null;
}

@ArgsType()
export class GuideSuggestionsArgs extends PageArgs {
  @Field(() => GuideSuggestionStatus, { defaultValue: GuideSuggestionStatus.OPEN })
  @IsEnum(GuideSuggestionStatus, { message: 'must be OPEN, ACCEPTED or DECLINED' })
  status!: GuideSuggestionStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a chapter id' })
  chapterId?: string | null;
}

@ArgsType()
export class GuideVersionsArgs extends PageArgs {}
