import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { PlaceTeamRole, TrimToNull } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';
import { LessonInput } from './lesson.input';
import { CreatePlaceInput, UpdatePlaceInput } from './place.input';

@ArgsType()
export class PlaceIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a place id' }) id!: string;
}

@ArgsType()
export class CreatePlaceArgs {
  @Field(() => CreatePlaceInput)
  @ValidateNested()
  @Type(() => CreatePlaceInput)
  input!: CreatePlaceInput;
}

@ArgsType()
export class UpdatePlaceArgs extends PlaceIdArgs {
  @Field(() => UpdatePlaceInput)
  @ValidateNested()
  @Type(() => UpdatePlaceInput)
  input!: UpdatePlaceInput;
}

@ArgsType()
export class AddLessonArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a place id' }) placeId!: string;
  @Field(() => LessonInput) @ValidateNested() @Type(() => LessonInput) input!: LessonInput;
}

@ArgsType()
export class TeamMemberArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a place id' }) placeId!: string;

  @Field({ description: 'The member’s handle.' })
  @IsString()
  @Length(Limits.handle.min, Limits.handle.max, { message: 'is not a handle' })
  handle!: string;

  @Field(() => PlaceTeamRole)
  @IsEnum(PlaceTeamRole, { message: 'is not a team role' })
  role!: PlaceTeamRole;
}

@ArgsType()
export class RemoveTeamMemberArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a place id' }) placeId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a member id' }) memberId!: string;
}

@ArgsType()
export class HidePlaceArgs extends PlaceIdArgs {
  @Field({ description: 'Shown to the place’s team.' })
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(5, 2000, { message: 'must be between 5 and 2000 characters' })
  reason!: string;
}

@ArgsType()
export class SlugArgs {
  @Field() @IsString() @MaxLength(80, { message: 'is not a place slug' }) slug!: string;
}
