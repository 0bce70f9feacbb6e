import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  PageArgs,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { MemberRole } from '@wide-open/shared/contracts';
import { ApproveMemberArgs, RejectMemberArgs, SetMemberRoleArgs } from './dto/membership.args';
import { MemberObject } from './dto/member.object';
import { toMemberObject } from './dto/member.mapper';
import { MembershipService } from './membership.service';

export const MemberConnection = ConnectionType(MemberObject, 'Member');

@Resolver(() => MemberObject)
export class MembershipResolver {
  constructor(private readonly membership: MembershipService) {}

  @Query(() => MemberConnection, { description: 'PENDING applications, oldest first. MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async membershipApplications(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<MemberObject>> {
    const page = await this.membership.applications(first, after);
    return {
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: toMemberObject(e.node, viewer) })),
    };
  }

  @Query(() => Int, {
    description: "How many applications wait: the moderators' badge. MODERATOR+.",
  })
  @ActiveMember(MemberRole.MODERATOR)
  pendingApplicationsCount(): Promise<number> {
    return this.membership.pendingCount();
  }

  @Mutation(() => MemberObject)
  @ActiveMember(MemberRole.MODERATOR)
  async approveMember(
    @Args() args: ApproveMemberArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject(
      await this.membership.approve(viewer, args.memberId, args.message),
      viewer,
    );
  }

  @Mutation(() => MemberObject)
  @ActiveMember(MemberRole.MODERATOR)
  async rejectMember(
    @Args() args: RejectMemberArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject(await this.membership.reject(viewer, args.memberId, args.reason), viewer);
  }

  @Mutation(() => MemberObject)
  @ActiveMember(MemberRole.ADMIN)
  async setMemberRole(
    @Args() args: SetMemberRoleArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject(await this.membership.setRole(viewer, args.memberId, args.role), viewer);
  }
}
