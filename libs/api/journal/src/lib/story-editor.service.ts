import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { BadInputError, ConflictError, freeSlug, slugify, type Viewer } from '@wide-open/api/core';
import { PlaceEntity } from '@wide-open/api/places';
import { UploadsService } from '@wide-open/api/uploads';
import { StoryStatus } from '@wide-open/shared/contracts';
import type { CreateStoryInput, StoryFieldsInput, UpdateStoryInput } from './dto/story.inputs';
import { StoryPlaceEntity } from './entities/story-place.entity';
import { StoryRevisionEntity } from './entities/story-revision.entity';
import { StoryEntity } from './entities/story.entity';
import { StoriesService } from './stories.service';

/** The fields whose change makes a new version of a published story. */
const TEXT_FIELDS = ['title', 'summary', 'body'] as const;

/**
 * Writing stories: drafts by ambassadors (and above: a trusted role, so, like events, without a
 * rate limit), edits by their author or a moderator.
 * Every reference (places, cover) is checked before anything is written, and each change is one
 * transaction: a refused input changes nothing.
 */
@Injectable()
export class StoryEditorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stories: StoriesService,
    private readonly uploads: UploadsService,
  ) {}

  async create(viewer: Viewer, input: CreateStoryInput): Promise<StoryEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkPlaces(manager, input.placeIds);
      const id = uuidv7();
      await manager.insert(StoryEntity, {
        id,
        slug: await freeSlug(manager, 'stories', slugify(input.title, 'story')),
        authorId: viewer.memberId,
        title: input.title,
        summary: input.summary,
        body: input.body,
        language: input.language,
        videos: input.videos ?? [],
        challenges: input.challenges ?? [],
        coverUploadId: null,
        coverAlt: input.coverAlt ?? null,
        status: StoryStatus.DRAFT,
      });
      if (input.coverId) await this.setCover(manager, viewer, id, input.coverId);
      if (input.placeIds) await this.replacePlaces(manager, id, input.placeIds);
      return manager.findOneByOrFail(StoryEntity, { id });
    });
  }

  /**
   * Applies the given fields. Editing the text of a published story keeps the text it replaces
   * as a revision and raises its version; drafts change in place.
   */
  async update(viewer: Viewer, id: string, input: UpdateStoryInput): Promise<StoryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const story = this.stories.checkEditor(
        viewer,
        await manager.findOne(StoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }),
      );
      await this.checkPlaces(manager, input.placeIds);
      const { placeIds, coverId, ...fields } = input;
      const changes: Partial<StoryEntity> = withoutUndefined(fields);
      const textChanged = TEXT_FIELDS.some(
        (field) => changes[field] !== undefined && changes[field] !== story[field],
      );
      if (textChanged && story.status === StoryStatus.PUBLISHED) {
        await manager.insert(StoryRevisionEntity, {
          storyId: id,
          version: story.version,
          title: story.title,
          summary: story.summary,
          body: story.body,
          replacedById: viewer.memberId,
        });
        changes.version = story.version + 1;
      }
      if (Object.keys(changes).length > 0) await manager.update(StoryEntity, { id }, changes);
      if (coverId !== undefined && coverId !== story.coverUploadId)
        await this.setCover(manager, viewer, id, coverId);
      if (placeIds) await this.replacePlaces(manager, id, placeIds);
      return manager.findOneByOrFail(StoryEntity, { id });
    });
  }

  /** Only a draft that was never published: a published story has readers and a discussion. */
  async delete(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const story = this.stories.checkEditor(
        viewer,
        await manager.findOne(StoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }),
      );
      if (story.publishedAt !== null)
        throw new ConflictError(
          'A story that was published cannot be deleted: unpublish it to take it back to draft.',
        );
      await manager.delete(StoryEntity, { id, publishedAt: IsNull() });
    });
  }

  /** Every place must exist and be visible: a story cannot point readers at a hidden page. */
  private async checkPlaces(
    manager: EntityManager,
    placeIds: StoryFieldsInput['placeIds'],
  ): Promise<void> {
    if (!placeIds || placeIds.length === 0) return;
    const found = await manager.findBy(PlaceEntity, { id: In(placeIds), hiddenAt: IsNull() });
    const known = new Set(found.map((p) => p.id));
    const unknown = placeIds.filter((placeId) => !known.has(placeId));
    if (unknown.length > 0)
      throw new BadInputError({
        placeIds: `must be places on Wide Open (not found: ${unknown.join(', ')})`,
      });
  }

  /** The cover must be an image the editor uploaded; null removes it. */
  private async setCover(
    manager: EntityManager,
    viewer: Viewer,
    storyId: string,
    coverId: string | null,
  ): Promise<void> {
    if (coverId) await this.uploads.attach(manager, viewer.memberId, [coverId], 'coverId');
    await manager.update(StoryEntity, { id: storyId }, { coverUploadId: coverId });
  }

  private async replacePlaces(
    manager: EntityManager,
    storyId: string,
    placeIds: string[],
  ): Promise<void> {
    await manager.delete(StoryPlaceEntity, { storyId });
    if (placeIds.length > 0)
      await manager.insert(
        StoryPlaceEntity,
        placeIds.map((placeId, position) => ({ storyId, placeId, position })),
      );
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
