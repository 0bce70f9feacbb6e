import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Challenge, NormaliseTags, PageArgs, TrimToNull } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

const D = Limits.discussion;

@InputType()
export class CreateThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a category id' }) categoryId!: string;

  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(D.title.min, D.title.max, {
    message: `must be between ${D.title.min} and ${D.title.max} characters`,
  })
  title!: string;

  @Field({ description: 'The first post, in Markdown.' })
  @IsString({ message: 'is required' })
  @Length(1, D.body, { message: `must be between 1 and ${D.body} characters` })
  @Matches(/\S/, { message: 'cannot be blank' })
  body!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a place id' })
  placeId?: string;

  @Field(() => Challenge, { nullable: true })
  @IsOptional()
  @IsEnum(Challenge, { message: 'is not a challenge' })
  challenge?: Challenge;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @NormaliseTags()
  @ArrayMaxSize(D.tags, { message: `at most ${D.tags} tags` })
  @Length(1, Limits.profile.tag, {
    each: true,
    message: `each tag must be at most ${Limits.profile.tag} characters`,
  })
  tags?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Researchers may quote the first post.' })
  @IsOptional()
  @IsBoolean()
  researchConsent?: boolean;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a thread id' }) threadId!: string;

  @Field({ description: 'Markdown; @handle mentions notify members.' })
  @IsString({ message: 'is required' })
  @Length(1, D.body, { message: `must be between 1 and ${D.body} characters` })
  @Matches(/\S/, { message: 'cannot be blank' })
  body!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a post id' })
  replyToId?: string;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() researchConsent?: boolean;
}

@ArgsType()
export class EditPostArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a post id' }) postId!: string;

  @Field()
  @IsString({ message: 'is required' })
  @Length(1, D.body, { message: `must be between 1 and ${D.body} characters` })
  @Matches(/\S/, { message: 'cannot be blank' })
  body!: string;
}

@ArgsType()
export class ReactArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a post id' }) postId!: string;

  @Field({ description: 'One emoji (skin tones and sequences allowed).' })
  @IsString()
  @MaxLength(32, { message: 'must be a single emoji' })
  emoji!: string;
}

@InputType()
export class ThreadFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a category id' })
  categoryId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a place id' })
  placeId?: string;
  @Field(() => Challenge, { nullable: true })
  @IsOptional()
  @IsEnum(Challenge, { message: 'is not a challenge' })
  challenge?: Challenge;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(Limits.search, { message: `must be at most ${Limits.search} characters` })
  search?: string;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ThreadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThreadFilter)
  filter?: ThreadFilter;
}

@ArgsType()
export class ThreadIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a thread id' }) id!: string;
}

@ArgsType()
export class MoveThreadArgs extends ThreadIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a category id' }) categoryId!: string;
}

@ArgsType()
export class ModerationReasonArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not an id' }) id!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  reason?: string | null;
}

@InputType()
export class SearchFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a category id' })
  categoryId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a place id' })
  placeId?: string;
  @Field(() => Challenge, { nullable: true })
  @IsOptional()
  @IsEnum(Challenge, { message: 'is not a challenge' })
  challenge?: Challenge;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(Limits.handle.max, { message: 'is not a handle' })
  authorHandle?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() from?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() to?: Date;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field()
  @IsString()
  @Length(1, Limits.search, { message: `must be between 1 and ${Limits.search} characters` })
  query!: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter;
}
