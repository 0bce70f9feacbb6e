import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  InjectConfig,
  PageArgs,
  Public,
  type AppConfig,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { PlaceObject, toPlaceObject } from '@wide-open/api/places';
import { MemberRole } from '@wide-open/shared/contracts';
import {
  CreateStoryArgs,
  StoriesArgs,
  StoryIdArgs,
  StorySlugArgs,
  UpdateStoryArgs,
} from './dto/story.inputs';
import { JournalObject, StoryObject } from './dto/story.objects';
import type { StoryEntity } from './entities/story.entity';
import { JournalFollowsService } from './journal-follows.service';
import { StoriesService } from './stories.service';
import { StoryEditorService } from './story-editor.service';
import { StoryPublisherService } from './story-publisher.service';
import { toStoryObject } from './story.mapper';

export const StoryConnection = ConnectionType(StoryObject, 'Story');

@Resolver(() => StoryObject)
export class StoriesResolver {
  constructor(
    private readonly reader: StoriesService,
    private readonly editor: StoryEditorService,
    private readonly publisher: StoryPublisherService,
    private readonly follows: JournalFollowsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private toObject(story: StoryEntity): StoryObject {
    return toStoryObject(story, this.config.http.publicUrl);
  }

  private toPage(page: Connection<StoryEntity>): Connection<StoryObject> {
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: this.toObject(e.node) })) };
  }

  @Query(() => StoryConnection, {
    description: 'Public: published stories, newest first, by place, challenge or language.',
  })
  @Public()
  async stories(@Args() { filter, first, after }: StoriesArgs): Promise<Connection<StoryObject>> {
    return this.toPage(await this.reader.list(filter, first, after));
  }

  @Query(() => StoryObject, {
    nullable: true,
    description: 'Public when published; a draft only for its author and moderators (else null).',
  })
  @Public()
  async story(
    @Args() { slug }: StorySlugArgs,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<StoryObject | null> {
    const story = await this.reader.bySlug(viewer, slug);
    return story && this.toObject(story);
  }

  @Query(() => StoryConnection, {
    description: 'AMBASSADOR+: your drafts, last edited first (every draft for moderators).',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async storyDrafts(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<StoryObject>> {
    return this.toPage(await this.reader.drafts(viewer, first, after));
  }

  @Query(() => [PlaceObject], {
    description:
      'Public: the places the research tour visited (a published story is about them), alphabetical.',
  })
  @Public()
  async tourPlaces(): Promise<PlaceObject[]> {
    return (await this.reader.tourPlaces()).map(toPlaceObject);
  }

  @Query(() => JournalObject, { description: 'Public: followers and the feed.' })
  @Public()
  journal(@CurrentViewer() viewer?: Viewer): Promise<JournalObject> {
    return this.follows.journal(viewer);
  }

  @Mutation(() => StoryObject, { description: 'AMBASSADOR+: a new draft.' })
  @ActiveMember(MemberRole.AMBASSADOR)
  async createStory(
    @Args() { input }: CreateStoryArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryObject> {
    return this.toObject(await this.editor.create(viewer, input));
  }

  @Mutation(() => StoryObject, {
    description: 'Its author or MODERATOR+; editing a published text keeps the earlier version.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async updateStory(
    @Args() { id, input }: UpdateStoryArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryObject> {
    return this.toObject(await this.editor.update(viewer, id, input));
  }

  @Mutation(() => StoryObject, {
    description:
      'Its author or MODERATOR+: makes it public, opens its discussion thread, tells the journal’s followers.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async publishStory(
    @Args() { id }: StoryIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryObject> {
    return this.toObject(await this.publisher.publish(viewer, id));
  }

  @Mutation(() => StoryObject, { description: 'Its author or MODERATOR+: back to draft.' })
  @ActiveMember(MemberRole.AMBASSADOR)
  async unpublishStory(
    @Args() { id }: StoryIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryObject> {
    return this.toObject(await this.publisher.unpublish(viewer, id));
  }

  @Mutation(() => Boolean, {
    description: 'Its author or MODERATOR+: a draft never published (else CONFLICT).',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async deleteStory(
    @Args() { id }: StoryIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.editor.delete(viewer, id);
    return true;
  }

  @Mutation(() => JournalObject, { description: 'ACTIVE members; idempotent.' })
  @ActiveMember()
  followJournal(@CurrentViewer() viewer: Viewer): Promise<JournalObject> {
    return this.follows.follow(viewer);
  }

  @Mutation(() => JournalObject, { description: 'ACTIVE members; idempotent.' })
  @ActiveMember()
  unfollowJournal(@CurrentViewer() viewer: Viewer): Promise<JournalObject> {
    return this.follows.unfollow(viewer);
  }
}
