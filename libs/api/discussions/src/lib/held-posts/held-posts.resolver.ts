import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  PageArgs,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { MemberRole } from '@wide-open/shared/contracts';
import { toPostObject } from '../discussion.mapper';
import { PostObject } from '../dto/discussion.objects';
import { HeldPostArgs, RejectHeldPostArgs } from './held-posts.args';
import { HeldPostsService } from './held-posts.service';

export const HeldPostConnection = ConnectionType(PostObject, 'HeldPost');

/** MODERATOR+: the queue of new members' posts waiting for approval. */
@Resolver(() => PostObject)
export class HeldPostsResolver {
  constructor(private readonly review: HeldPostsService) {}

  @Query(() => HeldPostConnection, {
    description: 'MODERATOR+: posts held for review (HOLD_FIRST_POSTS), oldest first.',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async heldPosts(@Args() { first, after }: PageArgs): Promise<Connection<PostObject>> {
    const page = await this.review.list(first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toPostObject(e.node, true) })) };
  }

  @Mutation(() => PostObject, {
    description: 'MODERATOR+: publishes a held post (and its thread, when it is the first post).',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async approveHeldPost(
    @Args() { id }: HeldPostArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.review.approve(viewer, id), true);
  }

  @Mutation(() => PostObject, {
    description: 'MODERATOR+: keeps a held post hidden; the author is told the reason.',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async rejectHeldPost(
    @Args() { id, reason }: RejectHeldPostArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostObject> {
    return toPostObject(await this.review.reject(viewer, id, reason ?? null), true);
  }
}
