import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  Public,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { MemberRole } from '@wide-open/shared/contracts';
import { ChallengeOverviewObject } from './dto/challenge-overview.object';
import { LessonObject } from './dto/lesson.object';
import {
  AddLessonArgs,
  CreatePlaceArgs,
  HidePlaceArgs,
  PlaceIdArgs,
  RemoveTeamMemberArgs,
  SlugArgs,
  TeamMemberArgs,
  UpdatePlaceArgs,
} from './dto/place.args';
import { PlaceObject } from './dto/place.object';
import { LessonsArgs, PlacesArgs } from './dto/places.args';
import { FollowsService } from './follows.service';
import { LessonsService } from './lessons.service';
import { PlaceEditorService } from './place-editor.service';
import { PlaceTeamService } from './place-team.service';
import { toLessonObject, toPlaceObject } from './place.mapper';
import { PlacesService } from './places.service';

export const PlaceConnection = ConnectionType(PlaceObject, 'Place');
export const LessonConnection = ConnectionType(LessonObject, 'Lesson');

@Resolver(() => PlaceObject)
export class PlacesResolver {
  constructor(
    private readonly placesService: PlacesService,
    private readonly editor: PlaceEditorService,
    private readonly team: PlaceTeamService,
    private readonly lessonsService: LessonsService,
    private readonly follows: FollowsService,
  ) {}

  @Query(() => PlaceObject, { nullable: true })
  @Public()
  async place(
    @Args() { slug }: SlugArgs,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<PlaceObject | null> {
    const place = await this.placesService.bySlug(slug, viewer);
    return place && toPlaceObject(place);
  }

  @Query(() => PlaceConnection, {
    description: 'Places, alphabetical, or by relevance with `search`. Public.',
  })
  @Public()
  async places(@Args() { filter, first, after }: PlacesArgs): Promise<Connection<PlaceObject>> {
    const page = await this.placesService.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toPlaceObject(e.node) })) };
  }

  @Query(() => LessonConnection, {
    description: 'Lessons learned, newest first: by challenge or by place. Public.',
  })
  @Public()
  async lessons(@Args() { filter, first, after }: LessonsArgs): Promise<Connection<LessonObject>> {
    const page = await this.lessonsService.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toLessonObject(e.node) })) };
  }

  @Query(() => [ChallengeOverviewObject], {
    description: 'Every challenge with its places, lessons and countries. Public.',
  })
  @Public()
  challenges(): Promise<ChallengeOverviewObject[]> {
    return this.placesService.challengeOverview();
  }

  @Mutation(() => PlaceObject)
  @ActiveMember()
  async createPlace(
    @Args() { input }: CreatePlaceArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlaceObject> {
    return toPlaceObject(await this.editor.create(viewer, input));
  }

  @Mutation(() => PlaceObject, { description: 'Its founders and staff, or moderators.' })
  @ActiveMember()
  async updatePlace(
    @Args() { id, input }: UpdatePlaceArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlaceObject> {
    return toPlaceObject(await this.editor.update(viewer, id, input));
  }

  @Mutation(() => LessonObject, { description: 'Its team members, or moderators.' })
  @ActiveMember()
  async addLesson(
    @Args() { placeId, input }: AddLessonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LessonObject> {
    return toLessonObject(await this.lessonsService.add(viewer, placeId, input));
  }

  @Mutation(() => PlaceObject)
  @ActiveMember()
  async followPlace(
    @Args() { id }: PlaceIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlaceObject> {
    return toPlaceObject(await this.follows.follow(viewer, id));
  }

  @Mutation(() => PlaceObject)
  @ActiveMember()
  async unfollowPlace(
    @Args() { id }: PlaceIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlaceObject> {
    return toPlaceObject(await this.follows.unfollow(viewer, id));
  }

  @Mutation(() => Boolean, {
    description: 'Adds a member to the team, or changes their role. Founders, staff, moderators.',
  })
  @ActiveMember()
  async setPlaceTeamMember(
    @Args() { placeId, handle, role }: TeamMemberArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.team.add(viewer, placeId, handle, role);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Removes a member from the team (anyone may leave).' })
  @ActiveMember()
  async removePlaceTeamMember(
    @Args() { placeId, memberId }: RemoveTeamMemberArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.team.remove(viewer, placeId, memberId);
    return true;
  }

  @Mutation(() => PlaceObject, {
    description: 'MODERATOR+: hides a place from everyone but its team.',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async hidePlace(
    @Args() { id, reason }: HidePlaceArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlaceObject> {
    return toPlaceObject(await this.editor.setHidden(viewer, id, true, reason));
  }

  @Mutation(() => PlaceObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async unhidePlace(
    @Args() { id }: PlaceIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlaceObject> {
    return toPlaceObject(await this.editor.setHidden(viewer, id, false, null));
  }
}
