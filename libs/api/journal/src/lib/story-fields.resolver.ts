import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  InjectConfig,
  type AppConfig,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { ThreadObject } from '@wide-open/api/discussions';
import { PlaceObject, toPlaceObject } from '@wide-open/api/places';
import { UploadLoader, UploadsService } from '@wide-open/api/uploads';
import { StoryCoverObject, StoryObject, StoryRevisionObject } from './dto/story.objects';
import {
  PlaceStoriesLoader,
  StoryPlacesLoader,
  ThreadStoryLoader,
  VisitedPlacesLoader,
} from './loaders/story.loaders';
import { StoriesService } from './stories.service';
import { toRevisionObject, toStoryObject } from './story.mapper';

/** A story's relations, each batched per request whatever the page size. */
@Resolver(() => StoryObject)
export class StoryFieldsResolver {
  constructor(
    private readonly members: MemberLoader,
    private readonly placesLoader: StoryPlacesLoader,
    private readonly uploadLoader: UploadLoader,
    private readonly uploads: UploadsService,
    private readonly stories: StoriesService,
  ) {}

  @ResolveField(() => MemberObject)
  async author(
    @Parent() story: StoryObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    const member = await ctx.loaders.get(this.members).load(story.authorId);
    if (!member) throw new Error(`Story ${story.id} has no author`);
    return toMemberObject(member, viewer);
  }

  @ResolveField(() => [PlaceObject], { description: 'The places it is about, in order.' })
  async places(
    @Parent() story: StoryObject,
    @Context() ctx: GraphQLContext,
  ): Promise<PlaceObject[]> {
    return (await ctx.loaders.get(this.placesLoader).load(story.id)).map(toPlaceObject);
  }

  @ResolveField(() => StoryCoverObject, { nullable: true })
  async cover(
    @Parent() story: StoryObject,
    @Context() ctx: GraphQLContext,
  ): Promise<StoryCoverObject | null> {
    if (!story.coverUploadId) return null;
    const upload = await ctx.loaders.get(this.uploadLoader).load(story.coverUploadId);
    if (!upload) return null;
    return {
      ...this.uploads.view(upload, 'medium'),
      largeUrl: this.uploads.url(upload, 'large'),
      thumbnailUrl: this.uploads.url(upload, 'small'),
      alt: story.coverAlt,
    };
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Its discussion thread (opened when first published): members comment there.',
  })
  threadId(@Parent() story: StoryObject): string | null {
    return story.threadId;
  }

  @ResolveField(() => [StoryRevisionObject], {
    description:
      'Earlier versions of a published text, newest first: its author and moderators (empty for others).',
  })
  async revisions(
    @Parent() story: StoryObject,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<StoryRevisionObject[]> {
    if (!this.stories.canManage(viewer, story)) return [];
    return (await this.stories.revisions(story.id)).map(toRevisionObject);
  }
}

/** What the journal adds to places: the tour's mark and the stories about them. */
@Resolver(() => PlaceObject)
export class PlaceStoriesResolver {
  constructor(
    private readonly visited: VisitedPlacesLoader,
    private readonly placeStories: PlaceStoriesLoader,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'The research tour visited it: a published story is about it.',
  })
  visitedByTour(@Parent() place: PlaceObject, @Context() ctx: GraphQLContext): Promise<boolean> {
    return ctx.loaders.get(this.visited).load(place.id);
  }

  @ResolveField(() => [StoryObject], {
    description: 'Published stories of the research journal about it, newest first.',
  })
  async stories(
    @Parent() place: PlaceObject,
    @Context() ctx: GraphQLContext,
  ): Promise<StoryObject[]> {
    const rows = await ctx.loaders.get(this.placeStories).load(place.id);
    return rows.map((s) => toStoryObject(s, this.config.http.publicUrl));
  }
}

/** The link back from a story's discussion thread. */
@Resolver(() => ThreadObject)
export class ThreadStoryResolver {
  constructor(
    private readonly threadStory: ThreadStoryLoader,
    private readonly stories: StoriesService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @ResolveField(() => StoryObject, {
    nullable: true,
    description: 'The journal story this thread discusses, when the viewer may see it.',
  })
  async story(
    @Parent() thread: ThreadObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<StoryObject | null> {
    const story = await ctx.loaders.get(this.threadStory).load(thread.id);
    return story && this.stories.canSee(viewer, story)
      ? toStoryObject(story, this.config.http.publicUrl)
      : null;
  }
}
