import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, MoreThan, Not, Repository, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  AuditLogService,
  BadInputError,
  ConflictError,
  decodeCursor,
  DomainEvents,
  InjectConfig,
  MODERATORS_ROOM,
  type AppConfig,
  ForbiddenError,
  NotFoundError,
  pageSize,
  RateLimiterService,
  type Connection,
  type Viewer,
  timeOrderedPage,
} from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { NotificationsService, type NewNotification } from '@wide-open/api/notifications';
import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { DiscussionAccessService } from './discussion-access.service';
import { isSingleEmoji, mentionedHandles, postEventPayload } from './discussion.mapper';
import type { CreatePostInput } from './dto/discussion.inputs';
import { PostReactionEntity } from './entities/post-reaction.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadSubscriptionEntity } from './entities/thread-subscription.entity';
import { ThreadEntity } from './entities/thread.entity';

export const threadRoom = (threadId: string) => `thread:${threadId}`;
const NEW_MEMBER_DAYS = 7;
const DUPLICATE_WINDOW_MS = 5 * 60_000;

/** Posting, editing, removing and reacting; live events and notifications once committed. */
@Injectable()
export class PostsService {
  constructor(
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DiscussionAccessService,
    private readonly notifications: NotificationsService,
    private readonly rateLimiter: RateLimiterService,
    private readonly audit: AuditLogService,
    private readonly events: DomainEvents,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** A few posts a minute (fewer in a member's first week), and no identical post twice in five minutes. */
  async checkPostingAllowed(viewer: Viewer, body: string): Promise<void> {
    const member = await this.dataSource.manager.findOneByOrFail(MemberEntity, {
      id: viewer.memberId,
    });
    const joined = member.decidedAt ?? member.createdAt;
    const isNew = Date.now() - joined.getTime() < NEW_MEMBER_DAYS * 86_400_000;
    const limits = this.config.rateLimits;
    await this.rateLimiter.consume(
      isNew
        ? { name: 'posting-new', points: limits.newMemberPostsPerMinute, durationSeconds: 60 }
        : { name: 'posting', points: limits.postsPerMinute, durationSeconds: 60 },
      viewer.memberId,
    );
    const duplicate = await this.posts.existsBy({
      authorId: viewer.memberId,
      body,
      createdAt: MoreThan(new Date(Date.now() - DUPLICATE_WINDOW_MS)),
    });
    if (duplicate)
      throw new ConflictError('You posted exactly this a moment ago.', {
        body: 'is the same as your last post',
      });
  }

  async create(viewer: Viewer, input: CreatePostInput): Promise<PostEntity> {
    const thread = await this.access.thread(viewer, input.threadId);
    if (thread.locked) throw new ForbiddenError('This thread is locked: it takes no new replies.');
    if (input.replyToId) {
      const replyTo = await this.posts.findOneBy({ id: input.replyToId });
      if (!replyTo || replyTo.threadId !== thread.id)
        throw new BadInputError({ replyToId: 'is not a post of this thread' });
    }
    await this.checkPostingAllowed(viewer, input.body);
    const { post, delivery } = await this.dataSource.transaction((manager) =>
      this.insertPost(manager, viewer, thread.id, {
        body: input.body,
        replyToId: input.replyToId,
        researchConsent: input.researchConsent ?? false,
      }),
    );
    delivery();
    return post;
  }

  /**
   * Inserts a post inside a transaction, updates its thread and the author's subscription, and
   * prepares notifications (mentions, followers). `delivery` tells everyone once committed.
   * A post held for review (a new member's first posts, HOLD_FIRST_POSTS) stays hidden and
   * silent: only moderators are told, and the announcement waits for their approval.
   * `neverHold`: content that was already published elsewhere (a journal story's thread).
   */
  async insertPost(
    manager: EntityManager,
    viewer: Viewer,
    threadId: string,
    input: { body: string; replyToId?: string; researchConsent: boolean },
    options: { neverHold?: boolean } = {},
  ): Promise<{ post: PostEntity; held: boolean; delivery: () => void }> {
    const id = uuidv7();
    const held = options.neverHold ? false : await this.mustHold(manager, viewer);
    await manager.insert(PostEntity, {
      id,
      threadId,
      authorId: viewer.memberId,
      body: input.body,
      replyToId: input.replyToId ?? null,
      researchConsent: input.researchConsent,
      ...(held ? { hiddenAt: () => 'now()', heldAt: () => 'now()' } : {}),
    });
    const post = await manager.findOneByOrFail(PostEntity, { id });
    await manager.query(
      `INSERT INTO thread_subscriptions (thread_id, member_id, following, muted, last_read_at)
       VALUES ($1, $2, true, false, now())
       ON CONFLICT (thread_id, member_id)
       DO UPDATE SET following = NOT thread_subscriptions.muted, last_read_at = now()`,
      [threadId, viewer.memberId],
    );
    if (held) {
      return {
        post,
        held,
        delivery: () =>
          this.events.publish({
            type: 'post.held',
            rooms: [MODERATORS_ROOM],
            socketEvent: { name: 'post:held', payload: { postId: id, threadId } },
          }),
      };
    }
    return { post, held, delivery: await this.publishWithin(manager, post) };
  }

  /**
   * Counts a visible post in its thread and prepares its notifications; the returned function
   * emits `post:new` and delivers them once the transaction has committed. Also used when a
   * moderator approves a held post.
   */
  async publishWithin(manager: EntityManager, post: PostEntity): Promise<() => void> {
    // now() is the transaction's time, exactly the post's created_at (a JS Date would drop the
    // microseconds and leave the author's own post unread).
    await manager.update(
      ThreadEntity,
      { id: post.threadId },
      { postsCount: () => 'posts_count + 1', lastPostAt: () => 'now()' },
    );
    const thread = await manager.findOneByOrFail(ThreadEntity, { id: post.threadId });
    const author = await manager.findOneByOrFail(MemberEntity, { id: post.authorId });
    const notes = await this.notificationsFor(manager, post, thread, author);
    const rows = await this.notifications.create(manager, notes);
    const payload = postEventPayload(post, {
      id: author.id,
      handle: author.handle,
      displayName: author.displayName,
      avatarUrl: author.avatarUrl,
    });
    return () => {
      this.notifications.deliver(rows);
      this.events.publish({
        type: 'post.created',
        rooms: [threadRoom(post.threadId)],
        socketEvent: { name: 'post:new', payload },
      });
    };
  }

  /** Moderators and members with enough approved posts publish at once. */
  private async mustHold(manager: EntityManager, viewer: Viewer): Promise<boolean> {
    const threshold = this.config.moderation.holdFirstPosts;
    if (threshold === 0 || roleAtLeast(viewer.role, MemberRole.MODERATOR)) return false;
    const [{ n }] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM posts WHERE author_id = $1 AND held_at IS NULL AND hidden_at IS NULL LIMIT $2
       ) approved`,
      [viewer.memberId, threshold],
    );
    return n < threshold;
  }

  /** Mentioned members (MENTION), then followers who did not mute the thread (THREAD_REPLY). */
  private async notificationsFor(
    manager: EntityManager,
    post: PostEntity,
    thread: ThreadEntity,
    author: MemberEntity,
  ): Promise<NewNotification[]> {
    const common = {
      threadId: thread.id,
      threadTitle: thread.title,
      postId: post.id,
      authorHandle: author.handle,
      authorName: author.displayName,
      excerpt: post.body.slice(0, 200),
    };
    const handles = mentionedHandles(post.body);
    const mentioned = handles.length
      ? await manager.find(MemberEntity, {
          select: { id: true },
          where: { handle: In(handles), status: MemberStatus.ACTIVE, id: Not(author.id) },
        })
      : [];
    const mentionedIds = new Set(mentioned.map((m) => m.id));
    const followers = await manager.find(ThreadSubscriptionEntity, {
      select: { memberId: true },
      where: { threadId: thread.id, following: true, muted: false, memberId: Not(author.id) },
    });
    return [
      ...[...mentionedIds].map((memberId) => ({ memberId, type: 'MENTION', payload: common })),
      ...followers
        .filter((f) => !mentionedIds.has(f.memberId))
        .map((f) => ({ memberId: f.memberId, type: 'THREAD_REPLY', payload: common })),
    ];
  }

  /** Oldest first (keyset on created_at, id). */
  async list(threadId: string, first?: number, after?: string): Promise<Connection<PostEntity>> {
    const query = this.posts.createQueryBuilder('p').where('p.thread_id = :threadId', { threadId });
    return timeOrderedPage(query, {
      column: 'p.created_at',
      id: 'p.id',
      direction: 'ASC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  /** The author edits; the previous wording is kept for moderators. */
  async edit(viewer: Viewer, postId: string, body: string): Promise<PostEntity> {
    const { post, thread } = await this.access.post(viewer, postId);
    if (post.authorId !== viewer.memberId)
      throw new ForbiddenError('Only its author can edit a post.');
    if (post.deletedAt) throw new ConflictError('This post was removed.');
    if (thread.locked) throw new ForbiddenError('This thread is locked.');
    if (body === post.body) return post;
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.insert(PostRevisionEntity, { postId, body: post.body, replacedAt: new Date() });
      await manager.update(PostEntity, { id: postId }, { body, editedAt: new Date() });
      return manager.findOneByOrFail(PostEntity, { id: postId });
    });
    this.publishUpdate(updated);
    return updated;
  }

  /** Soft removal by the author: the thread stays readable ("message removed"). */
  async remove(viewer: Viewer, postId: string): Promise<PostEntity> {
    const { post } = await this.access.post(viewer, postId);
    if (post.authorId !== viewer.memberId)
      throw new ForbiddenError('Only its author can remove a post; moderators hide posts.');
    if (post.deletedAt) return post;
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.insert(PostRevisionEntity, { postId, body: post.body, replacedAt: new Date() });
      await manager.update(PostEntity, { id: postId }, { deletedAt: new Date() });
      return manager.findOneByOrFail(PostEntity, { id: postId });
    });
    this.publishUpdate(updated);
    return updated;
  }

  /** Toggles the viewer's reaction. */
  async react(viewer: Viewer, postId: string, emoji: string): Promise<PostEntity> {
    if (!isSingleEmoji(emoji)) throw new BadInputError({ emoji: 'must be a single emoji' });
    const { post } = await this.access.post(viewer, postId);
    if (post.deletedAt) throw new ConflictError('This post was removed.');
    const key = { postId, memberId: viewer.memberId, emoji };
    const removed = await this.dataSource.manager.delete(PostReactionEntity, key);
    if (!removed.affected) {
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(PostReactionEntity)
        .values(key)
        .orIgnore()
        .execute();
    }
    this.events.publish({
      type: 'post.reacted',
      rooms: [threadRoom(post.threadId)],
      socketEvent: { name: 'post:reactions', payload: { postId, threadId: post.threadId } },
    });
    return post;
  }

  async setHidden(
    viewer: Viewer,
    postId: string,
    hidden: boolean,
    reason: string | null,
  ): Promise<PostEntity> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const post = await manager.findOneBy(PostEntity, { id: postId });
      if (!post) throw new NotFoundError('Post');
      await manager.update(PostEntity, { id: postId }, { hiddenAt: hidden ? new Date() : null });
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: hidden ? 'HIDE_POST' : 'UNHIDE_POST',
        targetType: 'POST',
        targetId: postId,
        reason,
      });
      return manager.findOneByOrFail(PostEntity, { id: postId });
    });
    this.publishUpdate(updated);
    return updated;
  }

  private publishUpdate(post: PostEntity): void {
    this.events.publish({
      type: 'post.updated',
      rooms: [threadRoom(post.threadId)],
      socketEvent: { name: 'post:updated', payload: { postId: post.id, threadId: post.threadId } },
    });
  }
}
