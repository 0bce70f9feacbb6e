import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type GraphQLContext, type Viewer } from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { UploadsService } from '@wide-open/api/uploads';
import { LessonObject } from './dto/lesson.object';
import { PlaceMemberObject, PlacePhotoObject } from './dto/place-relations.object';
import { PlaceObject } from './dto/place.object';
import {
  FollowersCountLoader,
  PlaceLessonsLoader,
  PlacePhotosLoader,
  PlaceTeamLoader,
  ViewerFollowsLoader,
} from './loaders/place-relations.loaders';
import { toLessonObject } from './place.mapper';

/** A place's relations, each batched per request whatever the page size. */
@Resolver(() => PlaceObject)
export class PlaceFieldsResolver {
  constructor(
    private readonly members: MemberLoader,
    private readonly teamLoader: PlaceTeamLoader,
    private readonly lessonsLoader: PlaceLessonsLoader,
    private readonly photosLoader: PlacePhotosLoader,
    private readonly followers: FollowersCountLoader,
    private readonly viewerFollowsLoader: ViewerFollowsLoader,
    private readonly uploads: UploadsService,
  ) {}

  @ResolveField(() => MemberObject)
  async createdBy(
    @Parent() place: PlaceObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    const member = await ctx.loaders.get(this.members).load(place.createdById);
    if (!member) throw new Error(`Place ${place.id} has no creator`);
    return toMemberObject(member, viewer);
  }

  @ResolveField(() => [PlaceMemberObject], { description: 'Founders first, then by arrival.' })
  async team(
    @Parent() place: PlaceObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<PlaceMemberObject[]> {
    const rows = await ctx.loaders.get(this.teamLoader).load(place.id);
    return rows.map((r) => ({ role: r.role, member: toMemberObject(r.member!, viewer) }));
  }

  @ResolveField(() => [LessonObject])
  async lessons(
    @Parent() place: PlaceObject,
    @Context() ctx: GraphQLContext,
  ): Promise<LessonObject[]> {
    return (await ctx.loaders.get(this.lessonsLoader).load(place.id)).map(toLessonObject);
  }

  @ResolveField(() => [PlacePhotoObject])
  async photos(
    @Parent() place: PlaceObject,
    @Context() ctx: GraphQLContext,
  ): Promise<PlacePhotoObject[]> {
    const rows = await ctx.loaders.get(this.photosLoader).load(place.id);
    return rows.map(({ upload, caption }) => ({
      ...this.uploads.view(upload!, 'medium'),
      largeUrl: this.uploads.url(upload!, 'large'),
      thumbnailUrl: this.uploads.url(upload!, 'small'),
      caption,
    }));
  }

  @ResolveField(() => Int)
  followersCount(@Parent() place: PlaceObject, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get(this.followers).load(place.id);
  }

  @ResolveField(() => Boolean)
  async viewerFollows(
    @Parent() place: PlaceObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<boolean> {
    if (!viewer) return false;
    return ctx.loaders.get(this.viewerFollowsLoader).load(`${viewer.memberId}:${place.id}`);
  }
}
