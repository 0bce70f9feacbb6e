import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageArgs, trimmed } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

@ObjectType('ApplicationMessage', {
  description: 'A message between the moderation team and an applicant, before the decision.',
})
export class ApplicationMessageObject {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
  @Field({ description: 'True when a moderator wrote it; false for the applicant.' })
  fromModerationTeam!: boolean;
  authorId!: string;
}

@ArgsType()
export class ApplicationMessagesArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Moderators name the applicant; applicants leave it out for their own.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not a member id' })
  applicantId?: string;
}

@ArgsType()
export class SendApplicationMessageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Moderators name the applicant; applicants leave it out to answer.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not a member id' })
  applicantId?: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(Limits.applicationMessage.min, Limits.applicationMessage.max, {
    message: `must be between ${Limits.applicationMessage.min} and ${Limits.applicationMessage.max} characters`,
  })
  body!: string;
}
