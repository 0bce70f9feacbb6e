import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Challenge, PageArgs, PlaceKind } from '@wide-open/api/core';

@InputType()
export class PlaceFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as FR' })
  country?: string;

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
