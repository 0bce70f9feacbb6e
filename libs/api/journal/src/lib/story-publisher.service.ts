import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, type Viewer } from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { ThreadsService } from '@wide-open/api/discussions';
import { NotificationsService, type NewNotification } from '@wide-open/api/notifications';
import { MemberStatus, NotificationType, StoryStatus } from '@wide-open/shared/contracts';
import { StoryPlaceEntity } from './entities/story-place.entity';
import { StoryEntity } from './entities/story.entity';
import { StoriesService } from './stories.service';
import { storyPath } from './story.mapper';

/** Where members discuss the journal's stories. */
export const STORY_THREAD_CATEGORY = 'research';

/**
 * Publishing: the story becomes public, its discussion thread opens (once: a story taken back
 * to draft and published again keeps its thread and its date), and the journal's followers are
 * told, as each of them chose. Taking a story back to draft hides it again.
 */
@Injectable()
export class StoryPublisherService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stories: StoriesService,
    private readonly threads: ThreadsService,
    private readonly notifications: NotificationsService,
  ) {}

  async publish(viewer: Viewer, id: string): Promise<StoryEntity> {
    const { story, delivery } = await this.dataSource.transaction(async (manager) => {
      const draft = this.stories.checkEditor(viewer, await this.lock(manager, id));
      if (draft.status === StoryStatus.PUBLISHED)
        throw new ConflictError('This story is already published.');
      const firstTime = draft.publishedAt === null;
      const opened = draft.threadId ? null : await this.openThread(manager, viewer, draft);
      await manager.update(
        StoryEntity,
        { id },
        {
          status: StoryStatus.PUBLISHED,
          ...(firstTime ? { publishedAt: () => 'now()' } : {}),
          ...(opened ? { threadId: opened.thread.id } : {}),
        },
      );
      const published = await manager.findOneByOrFail(StoryEntity, { id });
      const notified = firstTime ? await this.notifyFollowers(manager, viewer, published) : [];
      return {
        story: published,
        delivery: () => {
          opened?.delivery();
          this.notifications.deliver(notified);
        },
      };
    });
    delivery();
    return story;
  }

  async unpublish(viewer: Viewer, id: string): Promise<StoryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const story = this.stories.checkEditor(viewer, await this.lock(manager, id));
      if (story.status === StoryStatus.DRAFT) throw new ConflictError('This story is a draft.');
      await manager.update(StoryEntity, { id }, { status: StoryStatus.DRAFT });
      return manager.findOneByOrFail(StoryEntity, { id });
    });
  }

  private lock(manager: EntityManager, id: string): Promise<StoryEntity | null> {
    return manager.findOne(StoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * In the research category, about the story's first place and challenge, opened by whoever
   * publishes; its first post presents the story and links to it, in the story's language.
   */
  private async openThread(manager: EntityManager, viewer: Viewer, story: StoryEntity) {
    const firstPlace = await manager.findOne(StoryPlaceEntity, {
      where: { storyId: story.id },
      order: { position: 'ASC' },
    });
    const read = story.language === 'fr' ? 'Lire le récit' : 'Read the story';
    const about =
      story.language === 'fr'
        ? 'Discussion du récit du journal de recherche'
        : 'Discussion of the research journal story';
    return this.threads.openWithin(manager, viewer, {
      categorySlug: STORY_THREAD_CATEGORY,
      title: story.title,
      body: `${about} **${story.title}**.\n\n${story.summary}\n\n[${read}](${storyPath(story.slug)})`,
      placeId: firstPlace?.placeId ?? null,
      challenge: story.challenges[0] ?? null,
    });
  }

  /** Every ACTIVE follower but the author and the publisher, in one batch. */
  private async notifyFollowers(manager: EntityManager, viewer: Viewer, story: StoryEntity) {
    const followers = await manager.query<Array<{ member_id: string }>>(
      `SELECT f.member_id FROM journal_followers f
         JOIN members m ON m.id = f.member_id AND m.status = $1
        WHERE f.member_id <> ALL($2::uuid[])`,
      [MemberStatus.ACTIVE, [story.authorId, viewer.memberId]],
    );
    if (followers.length === 0) return [];
    const author = await manager.findOneByOrFail(MemberEntity, { id: story.authorId });
    const items: NewNotification[] = followers.map((f) => ({
      memberId: f.member_id,
      type: NotificationType.STORY_PUBLISHED,
      payload: {
        storyId: story.id,
        storySlug: story.slug,
        storyTitle: story.title,
        authorName: author.displayName,
        excerpt: story.summary,
      },
    }));
    return this.notifications.create(manager, items);
  }
}
