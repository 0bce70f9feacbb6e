import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Challenge, TrimToNull } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

const L = Limits.lesson;

@InputType()
export class LessonFigureInput {
  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(1, L.figureLabel, { message: `must be between 1 and ${L.figureLabel} characters` })
  label!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  value!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(L.figureUnit, { message: `must be at most ${L.figureUnit} characters` })
  unit?: string | null;
}

@InputType()
export class LessonInput {
  @Field(() => Challenge)
  @IsEnum(Challenge, { message: 'is not a challenge the platform knows' })
  challenge!: Challenge;

  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.title.min, L.title.max, {
    message: `must be between ${L.title.min} and ${L.title.max} characters`,
  })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Markdown: the situation before.' })
  @IsOptional()
  @TrimToNull()
  @MaxLength(L.context, { message: `must be at most ${L.context} characters` })
  context?: string | null;

  @Field({ description: 'Markdown.' })
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.body.min, L.body.max, {
    message: `must be between ${L.body.min} and ${L.body.max} characters`,
  })
  whatWeTried!: string;

  @Field({ description: 'Markdown: what happened.' })
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(L.body.min, L.body.max, {
    message: `must be between ${L.body.min} and ${L.body.max} characters`,
  })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Markdown: what you would tell others.' })
  @IsOptional()
  @TrimToNull()
  @MaxLength(L.advice, { message: `must be at most ${L.advice} characters` })
  advice?: string | null;

  @Field(() => [LessonFigureInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.figures, { message: `at most ${L.figures} figures` })
  @ValidateNested({ each: true })
  @Type(() => LessonFigureInput)
  figures?: LessonFigureInput[];
}
