import { Query, Resolver } from '@nestjs/graphql';
import { ActiveMember } from '@wide-open/api/core';
import { MemberRole } from '@wide-open/shared/contracts';
import { ModerationDashboardObject } from '../dto/moderation-dashboard.object';
import { ModerationDashboardService } from './moderation-dashboard.service';

@Resolver(() => ModerationDashboardObject)
export class ModerationDashboardResolver {
  constructor(private readonly dashboard: ModerationDashboardService) {}

  @Query(() => ModerationDashboardObject, {
    description:
      'MODERATOR+: pending applications and open reports, the oldest of each, and members and posts per week.',
  })
  @ActiveMember(MemberRole.MODERATOR)
  moderationDashboard(): Promise<ModerationDashboardObject> {
    return this.dashboard.dashboard();
  }
}
