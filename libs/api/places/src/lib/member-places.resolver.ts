import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type GraphQLContext, type Viewer } from '@wide-open/api/core';
import { MemberObject } from '@wide-open/api/accounts';
import { MemberRole, roleAtLeast } from '@wide-open/shared/contracts';
import { PlaceMembershipObject } from './dto/place-relations.object';
import { MemberPlacesLoader } from './loaders/place-relations.loaders';
import { toPlaceObject } from './place.mapper';

/** `Member.places`: the places a member belongs to (hidden ones only for themself and moderators). */
@Resolver(() => MemberObject)
export class MemberPlacesResolver {
  constructor(private readonly memberships: MemberPlacesLoader) {}

  @ResolveField(() => [PlaceMembershipObject])
  async places(
    @Parent() member: MemberObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<PlaceMembershipObject[]> {
    const rows = await ctx.loaders.get(this.memberships).load(member.id);
    const seesHidden =
      !!viewer && (viewer.memberId === member.id || roleAtLeast(viewer.role, MemberRole.MODERATOR));
    return rows
      .filter((r) => seesHidden || !r.place!.hiddenAt)
      .map((r) => ({ role: r.role, place: toPlaceObject(r.place!) }));
  }
}
