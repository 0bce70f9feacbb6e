import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  Challenge,
  IsCountryCode,
  PageArgs,
  PlaceKind,
  PlaceStatus,
  UpperCase,
} from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

@InputType()
export class PlaceFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words from names, summaries, cities, descriptions; accents ignored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(Limits.search, { message: `must be at most ${Limits.search} characters` })
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @UpperCase()
  @IsCountryCode()
  country?: string;

  @Field(() => PlaceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlaceStatus, { message: 'must be ACTIVE, TEMPORARY or CLOSED' })
  status?: PlaceStatus;

  @Field(() => PlaceKind, { nullable: true })
  @IsOptional()
  @IsEnum(PlaceKind, { message: 'is not a kind of place' })
  kind?: PlaceKind;

  @Field(() => Challenge, { nullable: true })
  @IsOptional()
  @IsEnum(Challenge, { message: 'is not a challenge' })
  challenge?: Challenge;
}

@ArgsType()
export class PlacesArgs extends PageArgs {
  @Field(() => PlaceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlaceFilter)
  filter?: PlaceFilter;
}

@InputType()
export class LessonFilter {
  @Field(() => Challenge, { nullable: true })
  @IsOptional()
  @IsEnum(Challenge, { message: 'is not a challenge' })
  challenge?: Challenge;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a place id' })
  placeId?: string;
}

@ArgsType()
export class LessonsArgs extends PageArgs {
  @Field(() => LessonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LessonFilter)
  filter?: LessonFilter;
}
