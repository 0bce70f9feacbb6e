import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionType,
  CurrentViewer,
  ForbiddenError,
  PageArgs,
  requestLanguage,
  type Connection,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { PlaceLoader, PlaceObject, toPlaceObject } from '@wide-open/api/places';
import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { toCategoryObject, toPostObject, toThreadObject } from './discussion.mapper';
import {
  CategoryObject,
  PostObject,
  PostRevisionObject,
  ReactionCountObject,
  ThreadObject,
} from './dto/discussion.objects';
import { PostSearchHitObject } from './dto/post-hit.object';
import {
  CategoryLoader,
  PostLoader,
  ReactionsLoader,
  RevisionsLoader,
  SubscriptionLoader,
  ThreadLoader,
  UnreadCountLoader,
} from './loaders/discussion.loaders';
import { PostsService } from './posts.service';

export const PostConnection = ConnectionType(PostObject, 'Post');

const isModerator = (viewer?: Viewer) => !!viewer && roleAtLeast(viewer.role, MemberRole.MODERATOR);

/** A thread's relations, batched per request. */
@Resolver(() => ThreadObject)
export class ThreadFieldsResolver {
  constructor(
    private readonly categories: CategoryLoader,
    private readonly members: MemberLoader,
    private readonly places: PlaceLoader,
    private readonly subscriptionsLoader: SubscriptionLoader,
    private readonly unread: UnreadCountLoader,
    private readonly postsService: PostsService,
  ) {}

  @ResolveField(() => CategoryObject)
  async category(
    @Parent() thread: ThreadObject,
    @Context() ctx: GraphQLContext,
  ): Promise<CategoryObject> {
    const category = await ctx.loaders.get(this.categories).load(thread.categoryId);
    return toCategoryObject(category!, requestLanguage(ctx.req));
  }

  @ResolveField(() => MemberObject)
  async author(
    @Parent() thread: ThreadObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(thread.authorId))!, viewer);
  }

  @ResolveField(() => PlaceObject, { nullable: true })
  async place(
    @Parent() thread: ThreadObject,
    @Context() ctx: GraphQLContext,
  ): Promise<PlaceObject | null> {
    if (!thread.placeId) return null;
    const place = await ctx.loaders.get(this.places).load(thread.placeId);
    return place && !place.hiddenAt ? toPlaceObject(place) : null;
  }

  @ResolveField(() => PostConnection, {
    description: 'Oldest first. ACTIVE members only: applicants see titles.',
  })
  async posts(
    @Parent() thread: ThreadObject,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<Connection<PostObject>> {
    if (!viewer || viewer.status !== MemberStatus.ACTIVE) {
      throw new ForbiddenError('Reading discussions is for members; applicants see thread titles.');
    }
    const page = await this.postsService.list(thread.id, first, after);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        ...e,
        node: toPostObject(e.node, isModerator(viewer), viewer.memberId),
      })),
    };
  }

  @ResolveField(() => Boolean)
  async viewerFollows(
    @Parent() thread: ThreadObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<boolean> {
    if (!viewer) return false;
    return (
      (await ctx.loaders.get(this.subscriptionsLoader).load(`${viewer.memberId}:${thread.id}`))
        ?.following ?? false
    );
  }

  @ResolveField(() => Boolean)
  async viewerMuted(
    @Parent() thread: ThreadObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<boolean> {
    if (!viewer) return false;
    return (
      (await ctx.loaders.get(this.subscriptionsLoader).load(`${viewer.memberId}:${thread.id}`))
        ?.muted ?? false
    );
  }

  @ResolveField(() => Int, {
    description: 'Posts the viewer has not read yet (0 when signed out).',
  })
  async unreadCount(
    @Parent() thread: ThreadObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<number> {
    if (!viewer) return 0;
    return ctx.loaders.get(this.unread).load(`${viewer.memberId}:${thread.id}`);
  }
}

/** A post's relations, batched per request. */
@Resolver(() => PostObject)
export class PostFieldsResolver {
  constructor(
    private readonly members: MemberLoader,
    private readonly threads: ThreadLoader,
    private readonly postsLoader: PostLoader,
    private readonly reactionsLoader: ReactionsLoader,
    private readonly revisionsLoader: RevisionsLoader,
  ) {}

  @ResolveField(() => MemberObject)
  async author(
    @Parent() post: PostObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(post.authorId))!, viewer);
  }

  @ResolveField(() => ThreadObject)
  async thread(@Parent() post: PostObject, @Context() ctx: GraphQLContext): Promise<ThreadObject> {
    return toThreadObject((await ctx.loaders.get(this.threads).load(post.threadId))!);
  }

  @ResolveField(() => PostObject, { nullable: true, description: 'The post this one quotes.' })
  async replyTo(
    @Parent() post: PostObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<PostObject | null> {
    if (!post.replyToId) return null;
    const quoted = await ctx.loaders.get(this.postsLoader).load(post.replyToId);
    return quoted && toPostObject(quoted, isModerator(viewer));
  }

  @ResolveField(() => [ReactionCountObject])
  async reactions(
    @Parent() post: PostObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<ReactionCountObject[]> {
    const groups = await ctx.loaders
      .get(this.reactionsLoader)
      .load(`${viewer?.memberId ?? ''}:${post.id}`);
    return groups.map((g) => ({ ...g, members: g.members.map((m) => toMemberObject(m, viewer)) }));
  }

  @ResolveField(() => [PostRevisionObject], {
    description: 'Earlier wordings, newest first: moderators only (empty for others).',
  })
  async revisions(
    @Parent() post: PostObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<PostRevisionObject[]> {
    if (!isModerator(viewer)) return [];
    return ctx.loaders.get(this.revisionsLoader).load(post.id);
  }
}

@Resolver(() => PostSearchHitObject)
export class PostSearchHitResolver {
  constructor(private readonly threads: ThreadLoader) {}

  @ResolveField(() => ThreadObject)
  async thread(
    @Parent() hit: PostSearchHitObject,
    @Context() ctx: GraphQLContext,
  ): Promise<ThreadObject> {
    return toThreadObject((await ctx.loaders.get(this.threads).load(hit.threadId))!);
  }
}
