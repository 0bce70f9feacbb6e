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

  /** Everything up to now is read (or up to a given post's time, when reading page by page). */
  async markRead(viewer: Viewer, threadId: string, upTo: Date = new Date()): Promise<void> {
    await this.access.thread(viewer, threadId);
    await this.subscriptions
      .createQueryBuilder()
      .insert()
      .values({
        threadId,
        memberId: viewer.memberId,
        following: false,
        muted: false,
        lastReadAt: upTo,
      })
      .orUpdate(['last_read_at'], ['thread_id', 'member_id'], { skipUpdateIfNoValuesChanged: true })
      .setParameter('upTo', upTo)
      .execute();
  }
}
