import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportTarget } from '../entities/report.entity';

@ObjectType('WeeklyCount', { description: 'How many in the week that starts on `weekStart`.' })
export class WeeklyCountObject {
  @Field({ description: 'The Monday the ISO week starts on, as YYYY-MM-DD (UTC).' })
  weekStart!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('WaitingApplication', { description: 'The application that has waited longest.' })
export class WaitingApplicationObject {
  @Field(() => ID, { description: 'The applicant (a PENDING member).' }) id!: string;
  @Field() displayName!: string;
  @Field({ description: 'When they applied.' }) since!: Date;
}

@ObjectType('WaitingReport', { description: 'The open report that has waited longest.' })
export class WaitingReportObject {
  @Field(() => ID) id!: string;
  @Field(() => ReportTarget) targetType!: ReportTarget;
  @Field({ description: 'When it was reported.' }) since!: Date;
}

@ObjectType('ModerationDashboard')
export class ModerationDashboardObject {
  @Field(() => Int) pendingApplications!: number;
  @Field(() => Int) openReports!: number;
  @Field(() => Int, {
    description: 'New members’ first posts waiting for review (HOLD_FIRST_POSTS).',
  })
  heldPosts!: number;
  @Field(() => WaitingApplicationObject, { nullable: true })
  oldestApplication!: WaitingApplicationObject | null;
  @Field(() => WaitingReportObject, { nullable: true }) oldestReport!: WaitingReportObject | null;
  @Field(() => [WeeklyCountObject], {
    description:
      'Members who joined (applied and were let in: ACTIVE or SUSPENDED now), by the week they applied; the last 12 ISO weeks, oldest first, zero-filled.',
  })
  membersPerWeek!: WeeklyCountObject[];
  @Field(() => [WeeklyCountObject], {
    description: 'Posts written, by week; the last 12 ISO weeks, oldest first, zero-filled.',
  })
  postsPerWeek!: WeeklyCountObject[];
}
