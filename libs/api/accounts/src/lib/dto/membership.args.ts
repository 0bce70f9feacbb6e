import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { MemberRole } from '@wide-open/api/core';
import { lowerTrim, trimmed } from '@wide-open/api/core';
import { Limits } from '@wide-open/shared/contracts';

@ArgsType()
export class ApproveMemberArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a member id' }) memberId!: string;

  @Field(() => String, { nullable: true, description: 'A welcome message sent to the new member.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(Limits.decisionMessage.max, {
    message: `must be at most ${Limits.decisionMessage.max} characters`,
  })
  message?: string;
}

@ArgsType()
export class RejectMemberArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a member id' }) memberId!: string;

  @Field({ description: 'Shown to the applicant.' })
  @Transform(trimmed)
  @IsString()
  @Length(Limits.rejectionReason.min, Limits.rejectionReason.max, {
    message: `must be between ${Limits.rejectionReason.min} and ${Limits.rejectionReason.max} characters`,
  })
  reason!: string;
}

@ArgsType()
export class SetMemberRoleArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a member id' }) memberId!: string;
  @Field(() => MemberRole) @IsEnum(MemberRole, { message: 'is not a role' }) role!: MemberRole;
}

@ArgsType()
export class LoginArgs {
  @Field()
  @Transform(lowerTrim)
  @IsString()
  @Length(1, Limits.email.max, { message: 'is required' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 1024, { message: 'is required' })
  password!: string;
}
