import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageArgs, TrimToNull } from '@wide-open/api/core';
import { ReportStatus, ReportTarget } from '../entities/report.entity';
import { ReportAction } from './moderation.objects';

@InputType()
export class ReportInput {
  @Field(() => ReportTarget)
  @IsEnum(ReportTarget, { message: 'must be POST, THREAD, MESSAGE, MEMBER or PLACE' })
  targetType!: ReportTarget;
  @Field(() => ID) @IsUUID('all', { message: 'is not an id' }) targetId!: string;
  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(5, 2000, { message: 'must be between 5 and 2000 characters' })
  reason!: string;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ReportStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReportStatus, { message: 'is not a status' })
  status?: ReportStatus;
}

@ArgsType()
export class ResolveReportArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a report id' }) id!: string;
  @Field(() => ReportAction)
  @IsEnum(ReportAction, { message: 'is not an action' })
  action!: ReportAction;
  @Field(() => String, {
    nullable: true,
    description: 'Shown to the author when warned or suspended.',
  })
  @IsOptional()
  @TrimToNull()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  note?: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'With SUSPEND_MEMBER: until when (none: until lifted).',
  })
  @IsOptional()
  @IsDate({ message: 'must be a date' })
  until?: Date;
}

@ArgsType()
export class SuspendMemberArgs {
  @Field(() => ID) @IsUUID('all', { message: 'is not a member id' }) memberId!: string;
  @Field()
  @TrimToNull()
  @IsString({ message: 'is required' })
  @Length(5, 2000, { message: 'must be between 5 and 2000 characters' })
  reason!: string;
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'must be a date' })
  until?: Date;
}
