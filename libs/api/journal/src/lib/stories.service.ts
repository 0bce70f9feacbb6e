import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  decodeCursor,
  ForbiddenError,
  NotFoundError,
  pageSize,
  timeOrderedPage,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { MemberRole, roleAtLeast, StoryStatus } from '@wide-open/shared/contracts';
import { PlaceEntity } from '@wide-open/api/places';
import type { StoryFilter } from './dto/story.inputs';
import { StoryRevisionEntity } from './entities/story-revision.entity';
import { StoryEntity } from './entities/story.entity';

/**
 * Reading stories, and who may see and change one: a published story is public; a draft exists
 * only for its author and moderators (NOT_FOUND for anyone else, never a hint).
 */
@Injectable()
export class StoriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  canManage(viewer: Viewer | undefined, story: Pick<StoryEntity, 'authorId'>): boolean {
    return (
      !!viewer &&
      (story.authorId === viewer.memberId || roleAtLeast(viewer.role, MemberRole.MODERATOR))
    );
  }

  canSee(viewer: Viewer | undefined, story: Pick<StoryEntity, 'authorId' | 'status'>): boolean {
    return story.status === StoryStatus.PUBLISHED || this.canManage(viewer, story);
  }

  async bySlug(viewer: Viewer | undefined, slug: string): Promise<StoryEntity | null> {
    const story = await this.dataSource.manager.findOneBy(StoryEntity, { slug: slug.slice(0, 80) });
    return story && this.canSee(viewer, story) ? story : null;
  }

  /** The story if the viewer may change it: NOT_FOUND when they cannot see it, else FORBIDDEN. */
  async forEditor(viewer: Viewer, id: string): Promise<StoryEntity> {
    const story = await this.dataSource.manager.findOneBy(StoryEntity, { id });
    return this.checkEditor(viewer, story);
  }

  checkEditor(viewer: Viewer, story: StoryEntity | null): StoryEntity {
    if (!story || !this.canSee(viewer, story)) throw new NotFoundError('Story');
    if (!this.canManage(viewer, story))
      throw new ForbiddenError('Only its author or a moderator can change a story.');
    return story;
  }

  /** Published stories, newest first (keyset on published_at, id); every filter has an index. */
  list(
    filter: StoryFilter | null | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<StoryEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(StoryEntity, 's')
      .where('s.status = :published', { published: StoryStatus.PUBLISHED });
    if (filter?.language) query.andWhere('s.language = :language', { language: filter.language });
    if (filter?.challenge)
      query.andWhere('s.challenges @> ARRAY[CAST(:challengeFilter AS challenge)]', {
        challengeFilter: filter.challenge,
      });
    if (filter?.placeId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM story_places sp WHERE sp.story_id = s.id AND sp.place_id = :placeId)',
        { placeId: filter.placeId },
      );
    return timeOrderedPage(query, {
      column: 's.published_at',
      id: 's.id',
      direction: 'DESC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  /** Drafts, last edited first: the viewer's own, or every draft for moderators. */
  drafts(viewer: Viewer, first?: number, after?: string): Promise<Connection<StoryEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(StoryEntity, 's')
      .where('s.status = :draft', { draft: StoryStatus.DRAFT });
    if (!roleAtLeast(viewer.role, MemberRole.MODERATOR))
      query.andWhere('s.author_id = :authorId', { authorId: viewer.memberId });
    return timeOrderedPage(query, {
      column: 's.updated_at',
      id: 's.id',
      direction: 'DESC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  /** Earlier versions of a story's text, newest first. */
  revisions(storyId: string): Promise<StoryRevisionEntity[]> {
    return this.dataSource.manager.find(StoryRevisionEntity, {
      where: { storyId },
      order: { version: 'DESC' },
    });
  }

  /** Visible places with at least one published story, alphabetical. */
  tourPlaces(): Promise<PlaceEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(PlaceEntity, 'p')
      .where('p.hidden_at IS NULL')
      .andWhere(
        `EXISTS (SELECT 1 FROM story_places sp JOIN stories s ON s.id = sp.story_id
                  WHERE sp.place_id = p.id AND s.status = :published)`,
        { published: StoryStatus.PUBLISHED },
      )
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /** The feed: the latest published stories, with their authors. */
  latest(limit: number, language?: string): Promise<StoryEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(StoryEntity, 's')
      .innerJoinAndSelect('s.author', 'a')
      .where('s.status = :published', { published: StoryStatus.PUBLISHED })
      .orderBy('s.published_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(limit);
    if (language) query.andWhere('s.language = :language', { language });
    return query.getMany();
  }
}
