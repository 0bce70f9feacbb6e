import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import { byKeys, type LoaderFactory } from '@wide-open/api/core';
import type { MemberEntity } from '@wide-open/api/accounts';
import { CategoryEntity } from '../entities/category.entity';
import { PostReactionEntity } from '../entities/post-reaction.entity';
import { PostRevisionEntity } from '../entities/post-revision.entity';
import { PostEntity } from '../entities/post.entity';
import { ThreadSubscriptionEntity } from '../entities/thread-subscription.entity';
import { ThreadEntity } from '../entities/thread.entity';

@Injectable()
export class CategoryLoader implements LoaderFactory<string, CategoryEntity | null> {
  constructor(
    @InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>,
  ) {}
  create() {
    return new DataLoader<string, CategoryEntity | null>(async (ids) =>
      byKeys(ids, await this.categories.findBy({ id: In([...ids]) }), (c) => c.id),
    );
  }
}

@Injectable()
export class ThreadLoader implements LoaderFactory<string, ThreadEntity | null> {
  constructor(@InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>) {}
  create() {
    return new DataLoader<string, ThreadEntity | null>(async (ids) =>
      byKeys(ids, await this.threads.findBy({ id: In([...ids]) }), (t) => t.id),
    );
  }
}

@Injectable()
export class PostLoader implements LoaderFactory<string, PostEntity | null> {
  constructor(@InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>) {}
  create() {
    return new DataLoader<string, PostEntity | null>(async (ids) =>
      byKeys(ids, await this.posts.findBy({ id: In([...ids]) }), (p) => p.id),
    );
  }
}

export interface ReactionGroup {
  emoji: string;
  count: number;
  viewerReacted: boolean;
  members: MemberEntity[];
}

/** Reactions per post, grouped by emoji; keys are `${viewerId}:${postId}` (viewer may be empty). */
@Injectable()
export class ReactionsLoader implements LoaderFactory<string, ReactionGroup[]> {
  constructor(
    @InjectRepository(PostReactionEntity)
    private readonly reactions: Repository<PostReactionEntity>,
  ) {}
  create() {
    return new DataLoader<string, ReactionGroup[]>(async (keys) => {
      const postIds = [...new Set(keys.map((k) => k.split(':')[1]))];
      const rows = await this.reactions.find({
        where: { postId: In(postIds) },
        relations: { member: true },
        order: { createdAt: 'ASC' },
      });
      return keys.map((key) => {
        const [viewerId, postId] = key.split(':');
        const groups = new Map<string, ReactionGroup>();
        for (const row of rows.filter((r) => r.postId === postId)) {
          const group = groups.get(row.emoji) ?? {
            emoji: row.emoji,
            count: 0,
            viewerReacted: false,
            members: [],
          };
          group.count += 1;
          group.viewerReacted ||= row.memberId === viewerId;
          if (group.members.length < 10 && row.member) group.members.push(row.member);
          groups.set(row.emoji, group);
        }
        return [...groups.values()];
      });
    });
  }
}

/** A member's subscription to threads; keys are `${memberId}:${threadId}`. */
@Injectable()
export class SubscriptionLoader implements LoaderFactory<string, ThreadSubscriptionEntity | null> {
  constructor(
    @InjectRepository(ThreadSubscriptionEntity)
    private readonly subscriptions: Repository<ThreadSubscriptionEntity>,
  ) {}
  create() {
    return new DataLoader<string, ThreadSubscriptionEntity | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await this.subscriptions.findBy({
        memberId: In(pairs.map((p) => p[0])),
        threadId: In(pairs.map((p) => p[1])),
      });
      return byKeys(keys, rows, (r) => `${r.memberId}:${r.threadId}`);
    });
  }
}

/** Posts a member has not read yet, per thread; keys are `${memberId}:${threadId}`. */
@Injectable()
export class UnreadCountLoader implements LoaderFactory<string, number> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await this.dataSource.query<Array<{ key: string; unread: number }>>(
        `SELECT k.member_id || ':' || k.thread_id AS key, count(p.id)::int AS unread
           FROM unnest($1::uuid[], $2::uuid[]) AS k(member_id, thread_id)
           LEFT JOIN thread_subscriptions s ON s.thread_id = k.thread_id AND s.member_id = k.member_id
           LEFT JOIN posts p ON p.thread_id = k.thread_id AND p.deleted_at IS NULL
                            AND p.created_at > coalesce(s.last_read_at, '-infinity'::timestamptz)
          GROUP BY k.member_id, k.thread_id`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const counts = new Map(rows.map((r) => [r.key, r.unread]));
      return keys.map((k) => counts.get(k) ?? 0);
    });
  }
}

/** Earlier wordings of posts, newest first (moderators' view). */
@Injectable()
export class RevisionsLoader implements LoaderFactory<string, PostRevisionEntity[]> {
  constructor(
    @InjectRepository(PostRevisionEntity)
    private readonly revisions: Repository<PostRevisionEntity>,
  ) {}
  create() {
    return new DataLoader<string, PostRevisionEntity[]>(async (postIds) => {
      const rows = await this.revisions.find({
        where: { postId: In([...postIds]) },
        order: { replacedAt: 'DESC' },
      });
      return postIds.map((id) => rows.filter((r) => r.postId === id));
    });
  }
}

export const discussionLoaders = [
  RevisionsLoader,
  CategoryLoader,
  ThreadLoader,
  PostLoader,
  ReactionsLoader,
  SubscriptionLoader,
  UnreadCountLoader,
];
