import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditLogService,
  ConflictError,
  decodeCursor,
  NotFoundError,
  pageSize,
  timeOrderedPage,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { NotificationsService } from '@wide-open/api/notifications';
import { PostEntity } from '../entities/post.entity';
import { ThreadEntity } from '../entities/thread.entity';
import { PostsService } from '../posts.service';
import { ThreadsService } from '../threads.service';

/**
 * The review of new members' first posts (HOLD_FIRST_POSTS): approving publishes the post as if
 * it had just been written (thread counts, mentions, followers, live event); rejecting keeps it
 * hidden and tells the author why. Both are recorded in the moderation log.
 */
@Injectable()
export class HeldPostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly threads: ThreadsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditLogService,
  ) {}

  /** Oldest first: the person who waited longest is answered first. */
  list(first?: number, after?: string): Promise<Connection<PostEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(PostEntity, 'p')
      .where('p.held_at IS NOT NULL');
    return timeOrderedPage(query, {
      column: 'p.held_at',
      id: 'p.id',
      direction: 'ASC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  async approve(viewer: Viewer, postId: string): Promise<PostEntity> {
    const { post, thread, announce } = await this.dataSource.transaction(async (manager) => {
      const { post, thread } = await this.lockHeld(manager, postId);
      await manager.update(PostEntity, { id: post.id }, { hiddenAt: null, heldAt: null });
      const threadWasHeld = thread.heldAt !== null;
      if (threadWasHeld)
        await manager.update(ThreadEntity, { id: thread.id }, { hiddenAt: null, heldAt: null });
      const published = await manager.findOneByOrFail(PostEntity, { id: post.id });
      const announce = await this.posts.publishWithin(manager, published);
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: 'APPROVE_POST',
        targetType: 'POST',
        targetId: post.id,
        details: { threadId: thread.id, threadApproved: threadWasHeld },
      });
      return {
        post: published,
        thread: threadWasHeld
          ? await manager.findOneByOrFail(ThreadEntity, { id: thread.id })
          : null,
        announce,
      };
    });
    announce();
    if (thread) this.threads.announceThread(thread);
    return post;
  }

  async reject(viewer: Viewer, postId: string, reason: string | null): Promise<PostEntity> {
    const { post, notes } = await this.dataSource.transaction(async (manager) => {
      const { post, thread } = await this.lockHeld(manager, postId);
      // Stays hidden (and its thread, when it was the first post); only the review ends.
      await manager.update(PostEntity, { id: post.id }, { heldAt: null });
      if (thread.heldAt) await manager.update(ThreadEntity, { id: thread.id }, { heldAt: null });
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: 'REJECT_POST',
        targetType: 'POST',
        targetId: post.id,
        reason,
        details: { threadId: thread.id },
      });
      const notes = await this.notifications.create(manager, [
        {
          memberId: post.authorId,
          type: 'CONTENT_HIDDEN',
          payload: { targetType: 'POST', threadId: thread.id, reason },
        },
      ]);
      return { post: await manager.findOneByOrFail(PostEntity, { id: post.id }), notes };
    });
    this.notifications.deliver(notes);
    return post;
  }

  /** The post and its thread, locked; refuses a post that is not (or no longer) held. */
  private async lockHeld(manager: EntityManager, postId: string) {
    const post = await manager.findOne(PostEntity, {
      where: { id: postId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!post) throw new NotFoundError('Post');
    if (!post.heldAt) throw new ConflictError('This post was already reviewed.');
    const thread = await manager.findOne(ThreadEntity, {
      where: { id: post.threadId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!thread) throw new NotFoundError('Thread');
    return { post, thread };
  }
}
