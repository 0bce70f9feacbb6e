import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  Public,
  requestLanguage,
  type Connection,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberRole } from '@wide-open/shared/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DiscussionAccessService } from './discussion-access.service';
import { DiscussionSearchService } from './discussion-search.service';
import { toCategoryObject, toPostObject, toThreadObject } from './discussion.mapper';
import {
  CreatePostInput,
  CreateThreadInput,
  EditPostArgs,
  ModerationReasonArgs,
  MoveThreadArgs,
  ReactArgs,
  SearchArgs,
  ThreadIdArgs,
  ThreadsArgs,
} from './dto/discussion.inputs';
import { CategoryObject, PostObject, ThreadObject } from './dto/discussion.objects';
import { PostSearchHitObject } from './dto/post-hit.object';
import { CategoryEntity } from './entities/category.entity';
import { PostsService } from './posts.service';
import { SubscriptionsService } from './subscriptions.service';
import { ThreadsService } from './threads.service';

export const ThreadConnection = ConnectionType(ThreadObject, 'Thread');
export const PostSearchHitConnection = ConnectionType(PostSearchHitObject, 'PostSearchHit');

@Resolver(() => ThreadObject)
export class ThreadsResolver {
  constructor(
    @InjectRepository(CategoryEntity) private readonly categoriesRepo: Repository<CategoryEntity>,
    private readonly threadsService: ThreadsService,
    private readonly posts: PostsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly access: DiscussionAccessService,
    private readonly search: DiscussionSearchService,
  ) {}

  @Query(() => [CategoryObject], {
    description: 'In order, named in the request’s language. Public.',
  })
  @Public()
  async categories(@Context() ctx: GraphQLContext): Promise<CategoryObject[]> {
    const language = requestLanguage(ctx.req);
    return (await this.categoriesRepo.find({ order: { position: 'ASC' } })).map((c) =>
      toCategoryObject(c, language),
    );
  }

  @Query(() => ThreadObject, {
    nullable: true,
    description: 'Public (titles); posts need an ACTIVE member.',
  })
  @Public()
  async thread(
    @Args() { id }: ThreadIdArgs,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(await this.access.thread(viewer, id));
  }

  @Query(() => ThreadConnection, {
    description: 'Pinned first, then latest activity. Public (titles).',
  })
  @Public()
  async threads(@Args() { filter, first, after }: ThreadsArgs): Promise<Connection<ThreadObject>> {
    const page = await this.threadsService.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toThreadObject(e.node) })) };
  }

  @Query(() => PostSearchHitConnection, {
    description: 'Full-text search in posts, ranked, accents ignored.',
  })
  @ActiveMember()
  async searchPosts(
    @Args() { query, filter, first, after }: SearchArgs,
  ): Promise<Connection<PostSearchHitObject>> {
    const page = await this.search.posts(query, filter, first, after);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        ...e,
        node: {
          post: toPostObject(e.node.post),
          snippet: e.node.snippet,
          threadId: e.node.post.threadId,
          thread: undefined as never,
        },
      })),
    };
  }

  @Mutation(() => ThreadObject)
  @ActiveMember()
  async createThread(
    @Args('input') input: CreateThreadInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(await this.threadsService.create(viewer, input));
  }

  @Mutation(() => PostObject)
  @ActiveMember()
  async createPost(
    @Args('input') input: CreatePostInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.posts.create(viewer, input), false, viewer.memberId);
  }

  @Mutation(() => PostObject, {
    description: 'Its author; the previous wording is kept for moderators.',
  })
  @ActiveMember()
  async editPost(
    @Args() { postId, body }: EditPostArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.posts.edit(viewer, postId, body), false, viewer.memberId);
  }

  @Mutation(() => PostObject, {
    description: 'Its author: shown as removed, the thread stays readable.',
  })
  @ActiveMember()
  async deletePost(
    @Args() { id }: ThreadIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.posts.remove(viewer, id));
  }

  @Mutation(() => PostObject, { description: 'Toggles the viewer’s reaction.' })
  @ActiveMember()
  async react(
    @Args() { postId, emoji }: ReactArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.posts.react(viewer, postId, emoji));
  }

  @Mutation(() => ThreadObject)
  @ActiveMember()
  async followThread(
    @Args() { id }: ThreadIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    await this.subscriptions.set(viewer, id, { following: true, muted: false });
    return toThreadObject(await this.access.thread(viewer, id));
  }

  @Mutation(() => ThreadObject, { description: 'No notifications from this thread.' })
  @ActiveMember()
  async muteThread(
    @Args() { id }: ThreadIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    await this.subscriptions.set(viewer, id, { following: false, muted: true });
    return toThreadObject(await this.access.thread(viewer, id));
  }

  @Mutation(() => ThreadObject)
  @ActiveMember()
  async unfollowThread(
    @Args() { id }: ThreadIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    await this.subscriptions.set(viewer, id, { following: false, muted: false });
    return toThreadObject(await this.access.thread(viewer, id));
  }

  @Mutation(() => ThreadObject, { description: 'Everything in the thread is read now.' })
  @ActiveMember()
  async markThreadRead(
    @Args() { id }: ThreadIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    await this.subscriptions.markRead(viewer, id);
    return toThreadObject(await this.access.thread(viewer, id));
  }

  @Mutation(() => ThreadObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async pinThread(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(await this.threadsService.moderate(viewer, id, 'PIN_THREAD', { reason }));
  }

  @Mutation(() => ThreadObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async unpinThread(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(
      await this.threadsService.moderate(viewer, id, 'UNPIN_THREAD', { reason }),
    );
  }

  @Mutation(() => ThreadObject, { description: 'MODERATOR+: no new replies.' })
  @ActiveMember(MemberRole.MODERATOR)
  async lockThread(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(
      await this.threadsService.moderate(viewer, id, 'LOCK_THREAD', { reason }),
    );
  }

  @Mutation(() => ThreadObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async unlockThread(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(
      await this.threadsService.moderate(viewer, id, 'UNLOCK_THREAD', { reason }),
    );
  }

  @Mutation(() => ThreadObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async hideThread(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(
      await this.threadsService.moderate(viewer, id, 'HIDE_THREAD', { reason }),
    );
  }

  @Mutation(() => ThreadObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async unhideThread(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(
      await this.threadsService.moderate(viewer, id, 'UNHIDE_THREAD', { reason }),
    );
  }

  @Mutation(() => ThreadObject, { description: 'MODERATOR+: to another category.' })
  @ActiveMember(MemberRole.MODERATOR)
  async moveThread(
    @Args() { id, categoryId }: MoveThreadArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ThreadObject> {
    return toThreadObject(
      await this.threadsService.moderate(viewer, id, 'MOVE_THREAD', { categoryId }),
    );
  }

  @Mutation(() => PostObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async hidePost(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.posts.setHidden(viewer, id, true, reason ?? null), true);
  }

  @Mutation(() => PostObject, { description: 'MODERATOR+.' })
  @ActiveMember(MemberRole.MODERATOR)
  async unhidePost(
    @Args() { id, reason }: ModerationReasonArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.posts.setHidden(viewer, id, false, reason ?? null), true);
  }
}
