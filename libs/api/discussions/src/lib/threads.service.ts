import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  AuditLogService,
  BadInputError,
  decodeCursor,
  DomainEvents,
  MEMBERS_ROOM,
  NotFoundError,
  pageSize,
  toConnection,
  toPrefixTsQuery,
  type Connection,
  type Viewer,
  rankedPage,
} from '@wide-open/api/core';
import { PlaceEntity } from '@wide-open/api/places';
import type { Challenge } from '@wide-open/shared/contracts';
import type { CreateThreadInput, ThreadFilter } from './dto/discussion.inputs';
import { CategoryEntity } from './entities/category.entity';
import { ThreadEntity } from './entities/thread.entity';
import { PostsService } from './posts.service';

/** Threads: the list, starting one, and the moderators' pin, lock, move and hide. */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly audit: AuditLogService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Visible threads: pinned first, then by latest activity (keyset on pinned, last_post_at, id);
   * with `search`, by relevance of their titles and tags.
   */
  async list(
    filter: ThreadFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<ThreadEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const query = this.threads
      .createQueryBuilder('t')
      .where('t.hidden_at IS NULL')
      .limit(size + 1);
    if (filter?.categoryId)
      query.andWhere('t.category_id = :categoryId', { categoryId: filter.categoryId });
    if (filter?.placeId) query.andWhere('t.place_id = :placeId', { placeId: filter.placeId });
    if (filter?.challenge)
      query.andWhere('t.challenge = :challengeFilter', { challengeFilter: filter.challenge });
    const tsquery = filter?.search ? toPrefixTsQuery(filter.search) : undefined;
    if (filter?.search && !tsquery)
      return toConnection(
        [],
        size,
        () => ({ value: '', id: '' }),
        (t: ThreadEntity) => t,
      );
    if (tsquery)
      return rankedPage(query, { vector: 't.search', id: 't.id', tsquery, cursor, size });
    query
      .addSelect(
        `(CASE WHEN t.pinned THEN '1' ELSE '0' END) || '|' || to_char(t.last_post_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        'cursor_value',
      )
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_post_at', 'DESC')
      .addOrderBy('t.id', 'DESC');
    if (cursor) {
      const [pinned, at] = cursor.value.split('|');
      query.andWhere(
        '(t.pinned, t.last_post_at, t.id) < (:pinned::boolean, :at::timestamptz, :id::uuid)',
        {
          pinned: pinned === '1',
          at,
          id: cursor.id,
        },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<{ cursor_value: string }>();
    const rows = entities.map((thread, i) => ({ thread, value: raw[i].cursor_value }));
    return toConnection(
      rows,
      size,
      (r) => ({ value: r.value, id: r.thread.id }),
      (r) => r.thread,
    );
  }

  /** The thread and its first post, in one transaction; the author follows it. */
  async create(viewer: Viewer, input: CreateThreadInput): Promise<ThreadEntity> {
    if (!(await this.dataSource.manager.existsBy(CategoryEntity, { id: input.categoryId }))) {
      throw new BadInputError({ categoryId: 'is not a category' });
    }
    if (input.placeId) {
      const place = await this.dataSource.manager.findOneBy(PlaceEntity, { id: input.placeId });
      if (!place || place.hiddenAt) throw new BadInputError({ placeId: 'is not a place' });
    }
    await this.posts.checkPostingAllowed(viewer, input.body);
    const id = uuidv7();
    const { thread, delivery } = await this.dataSource.transaction(async (manager) => {
      await manager.insert(ThreadEntity, {
        id,
        categoryId: input.categoryId,
        authorId: viewer.memberId,
        placeId: input.placeId ?? null,
        challenge: input.challenge ?? null,
        title: input.title,
        tags: input.tags ?? [],
        lastPostAt: () => 'now()',
        postsCount: 0,
      });
      const created = await this.posts.insertPost(manager, viewer, id, {
        body: input.body,
        researchConsent: input.researchConsent ?? false,
      });
      // A held first post holds its thread: nobody else sees it until a moderator approves.
      if (created.held)
        await manager.update(
          ThreadEntity,
          { id },
          { hiddenAt: () => 'now()', heldAt: () => 'now()' },
        );
      return {
        thread: await manager.findOneByOrFail(ThreadEntity, { id }),
        delivery: created.delivery,
      };
    });
    delivery();
    if (thread.heldAt) return thread;
    this.announceThread(thread);
    return thread;
  }

  /**
   * Opens the discussion thread of something published in another domain (a journal story),
   * inside the caller's transaction: the thread and its first post, written by `viewer`, never
   * held for review (the content is already published) nor rate-limited. The returned function
   * announces the thread and delivers its notifications once the caller has committed.
   */
  async openWithin(
    manager: EntityManager,
    viewer: Viewer,
    input: {
      categorySlug: string;
      title: string;
      body: string;
      placeId: string | null;
      challenge: Challenge | null;
    },
  ): Promise<{ thread: ThreadEntity; delivery: () => void }> {
    const category = await manager.findOneBy(CategoryEntity, { slug: input.categorySlug });
    if (!category) throw new Error(`Category ${input.categorySlug} is missing`);
    const id = uuidv7();
    await manager.insert(ThreadEntity, {
      id,
      categoryId: category.id,
      authorId: viewer.memberId,
      placeId: input.placeId,
      challenge: input.challenge,
      title: input.title,
      tags: [],
      lastPostAt: () => 'now()',
      postsCount: 0,
    });
    const created = await this.posts.insertPost(
      manager,
      viewer,
      id,
      { body: input.body, researchConsent: false },
      { neverHold: true },
    );
    const thread = await manager.findOneByOrFail(ThreadEntity, { id });
    return {
      thread,
      delivery: () => {
        created.delivery();
        this.announceThread(thread);
      },
    };
  }

  /** "N new threads" for everyone's thread list. */
  announceThread(thread: ThreadEntity): void {
    this.events.publish({
      type: 'thread.created',
      rooms: [MEMBERS_ROOM],
      socketEvent: {
        name: 'thread:new',
        payload: { threadId: thread.id, categoryId: thread.categoryId },
      },
    });
  }

  /** Moderator actions on a thread, each written to the moderation log. */
  async moderate(
    viewer: Viewer,
    threadId: string,
    action:
      | 'PIN_THREAD'
      | 'UNPIN_THREAD'
      | 'LOCK_THREAD'
      | 'UNLOCK_THREAD'
      | 'HIDE_THREAD'
      | 'UNHIDE_THREAD'
      | 'MOVE_THREAD',
    options: { reason?: string | null; categoryId?: string } = {},
  ): Promise<ThreadEntity> {
    return this.dataSource.transaction(async (manager) => {
      const thread = await manager.findOneBy(ThreadEntity, { id: threadId });
      if (!thread) throw new NotFoundError('Thread');
      const changes: Partial<ThreadEntity> = {
        PIN_THREAD: { pinned: true },
        UNPIN_THREAD: { pinned: false },
        LOCK_THREAD: { locked: true },
        UNLOCK_THREAD: { locked: false },
        HIDE_THREAD: { hiddenAt: new Date() },
        UNHIDE_THREAD: { hiddenAt: null },
        MOVE_THREAD: { categoryId: options.categoryId },
      }[action];
      if (
        action === 'MOVE_THREAD' &&
        !(await manager.existsBy(CategoryEntity, { id: options.categoryId }))
      ) {
        throw new BadInputError({ categoryId: 'is not a category' });
      }
      await manager.update(ThreadEntity, { id: threadId }, changes);
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action,
        targetType: 'THREAD',
        targetId: threadId,
        reason: options.reason ?? null,
        details: options.categoryId ? { from: thread.categoryId, to: options.categoryId } : {},
      });
      return manager.findOneByOrFail(ThreadEntity, { id: threadId });
    });
  }
}
