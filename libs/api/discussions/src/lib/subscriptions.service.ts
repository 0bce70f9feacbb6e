import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Viewer } from '@wide-open/api/core';
import { ThreadSubscriptionEntity } from './entities/thread-subscription.entity';
import { DiscussionAccessService } from './discussion-access.service';

/** Following, muting and reading threads. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectRepository(ThreadSubscriptionEntity)
    private readonly subscriptions: Repository<ThreadSubscriptionEntity>,
    private readonly access: DiscussionAccessService,
  ) {}

  /** `following` and `muted` exclude each other: muting stops notifications, following restores them. */
  async set(
    viewer: Viewer,
    threadId: string,
    state: { following: boolean; muted: boolean },
  ): Promise<void> {
    await this.access.thread(viewer, threadId);
    await this.subscriptions
      .createQueryBuilder()
      .insert()
      .values({ threadId, memberId: viewer.memberId, ...state, lastReadAt: null })
      .orUpdate(['following', 'muted'], ['thread_id', 'member_id'])
      .execute();
  }

  /** Everything in the thread is read (now() in SQL: the same clock as the posts' times). */
  async markRead(viewer: Viewer, threadId: string): Promise<void> {
    await this.access.thread(viewer, threadId);
    await this.subscriptions.query(
      `INSERT INTO thread_subscriptions (thread_id, member_id, following, muted, last_read_at)
       VALUES ($1, $2, false, false, now())
       ON CONFLICT (thread_id, member_id) DO UPDATE SET last_read_at = now()`,
      [threadId, viewer.memberId],
    );
  }
}
