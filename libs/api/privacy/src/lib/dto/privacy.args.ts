import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class DeleteAccountArgs {
  @Field({ description: 'The current password, to confirm.' })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  password!: string;
}

@ArgsType()
export class DataExportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an export id' })
  id!: string;
}
