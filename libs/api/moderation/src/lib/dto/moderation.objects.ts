import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportStatus, ReportTarget } from '../entities/report.entity';

export enum ReportAction {
  DISMISS = 'DISMISS',
  HIDE_CONTENT = 'HIDE_CONTENT',
  WARN_AUTHOR = 'WARN_AUTHOR',
  SUSPEND_MEMBER = 'SUSPEND_MEMBER',
}
registerEnumType(ReportTarget, { name: 'ReportTarget' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportAction, { name: 'ReportAction' });

@ObjectType('Report')
export class ReportObject {
  @Field(() => ID) id!: string;
  @Field(() => ReportTarget) targetType!: ReportTarget;
  @Field(() => ID) targetId!: string;
  @Field() reason!: string;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => String, { nullable: true }) resolutionNote!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The reported content, for review in context (moderators).',
  })
  excerpt!: string | null;
  @Field(() => Int, { description: 'Earlier reports about the same author.' })
  earlierReportsAboutAuthor!: number;
  reporterId!: string;
  authorId!: string;
}

@ObjectType('ModerationAction')
export class ModerationActionObject {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field() targetType!: string;
  @Field(() => ID) targetId!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() createdAt!: Date;
  actorId!: string;
}
