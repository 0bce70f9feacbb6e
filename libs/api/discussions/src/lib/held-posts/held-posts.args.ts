import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { TrimToNull } from '@wide-open/api/core';

@ArgsType()
export class HeldPostArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a post id' }) id!: string;
}

@ArgsType()
export class RejectHeldPostArgs extends HeldPostArgs {
  @Field(() => String, { nullable: true, description: 'Shown to the author.' })
  @IsOptional()
  @TrimToNull()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  reason?: string | null;
}
