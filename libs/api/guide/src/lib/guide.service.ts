import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  BadInputError,
  decodeCursor,
  NotFoundError,
  pageSize,
  slugify,
  timeOrderedPage,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { LessonEntity, PlaceEntity } from '@wide-open/api/places';
import { type GuideStage, isGuideEditor, Limits } from '@wide-open/shared/contracts';
import type {
  CreateGuideChapterInput,
  EditGuideChapterInput,
  GuideChapterContentInput,
} from './dto/guide.inputs';
import { GuideChapterVersionEntity } from './entities/guide-chapter-version.entity';
import { GuideChapterEntity } from './entities/guide-chapter.entity';
import { endOfStage, lockGuideOrder, placeChapter } from './guide-order';
import { isWellFormed, parseReferences, referenceId } from './references/references';

const L = Limits.guide;

export const canEditGuide = (viewer: Viewer | undefined): boolean =>
  !!viewer && isGuideEditor(viewer.role);

/**
 * Chapters and their versions: writing (a new immutable version per edit), publishing, and
 * reading with drafts kept to editors. Suggestions live in GuideSuggestionsService.
 */
@Injectable()
export class GuideService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In reading order; drafts only for editors who ask for them. */
  chapters(viewer: Viewer | undefined, includeDrafts: boolean): Promise<GuideChapterEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(GuideChapterEntity, 'c')
      .orderBy('c.stage', 'ASC')
      .addOrderBy('c.position', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (!(includeDrafts && canEditGuide(viewer))) query.where('c.published_version_id IS NOT NULL');
    return query.getMany();
  }

  /** A chapter the viewer may read: null for a draft unless the viewer edits the guide. */
  async findBySlug(viewer: Viewer | undefined, slug: string): Promise<GuideChapterEntity | null> {
    const chapter = await this.dataSource.manager.findOneBy(GuideChapterEntity, { slug });
    return chapter && (chapter.publishedVersionId || canEditGuide(viewer)) ? chapter : null;
  }

  chapter(id: string): Promise<GuideChapterEntity | null> {
    return this.dataSource.manager.findOneBy(GuideChapterEntity, { id });
  }

  async findReadable(viewer: Viewer | undefined, id: string): Promise<GuideChapterEntity> {
    const chapter = await this.dataSource.manager.findOneBy(GuideChapterEntity, { id });
    if (!chapter || !(chapter.publishedVersionId || canEditGuide(viewer)))
      throw new NotFoundError('Chapter');
    return chapter;
  }

  /** A new chapter and its first version, a draft. */
  async create(viewer: Viewer, input: CreateGuideChapterInput): Promise<GuideChapterEntity> {
    const slug = input.slug ?? slugify(input.titleEn, 'chapter');
    const fields = await this.checkContent(input);
    if (await this.dataSource.manager.existsBy(GuideChapterEntity, { slug }))
      fields[input.slug ? 'slug' : 'titleEn'] = `makes the address /guide/${slug}, already taken`;
    if (Object.keys(fields).length > 0) throw new BadInputError(fields);
    return this.dataSource.transaction(async (manager) => {
      await lockGuideOrder(manager);
      const id = uuidv7();
      await manager.insert(GuideChapterEntity, {
        id,
        slug,
        stage: input.stage,
        position: await endOfStage(manager, input.stage),
        challenges: [...new Set(input.challenges)],
        publishedVersionId: null,
        publishedAt: null,
        createdById: viewer.memberId,
      });
      // Asked for a place: the chapters from there on move down one.
      if (input.position !== undefined && input.position !== null)
        await placeChapter(manager, { id, stage: input.stage }, input.stage, input.position);
      await this.insertVersion(manager, id, 1, viewer, input);
      return manager.findOneByOrFail(GuideChapterEntity, { id });
    });
  }

  /** Saves an edit as the next version; readers keep seeing the published one. */
  async edit(
    viewer: Viewer,
    input: EditGuideChapterInput,
  ): Promise<{ chapter: GuideChapterEntity; version: GuideChapterVersionEntity }> {
    const fields = await this.checkContent(input);
    if (Object.keys(fields).length > 0) throw new BadInputError(fields);
    const moves = !!input.stage || (input.position !== undefined && input.position !== null);
    return this.dataSource.transaction(async (manager) => {
      if (moves) await lockGuideOrder(manager);
      const chapter = await manager.findOne(GuideChapterEntity, {
        where: { id: input.chapterId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!chapter) throw new NotFoundError('Chapter');
      const [{ last }] = await manager.query<Array<{ last: number }>>(
        'SELECT coalesce(max(number), 0)::int AS last FROM guide_chapter_versions WHERE chapter_id = $1',
        [chapter.id],
      );
      const version = await this.insertVersion(manager, chapter.id, last + 1, viewer, input);
      if (moves) {
        const stage = input.stage ?? chapter.stage;
        // A new stage without a position: the chapter goes last there.
        const position =
          input.position ?? (stage === chapter.stage ? chapter.position : L.position);
        await placeChapter(manager, chapter, stage, position);
      }
      const changes: Partial<GuideChapterEntity> = { updatedAt: new Date() };
      if (input.challenges) changes.challenges = [...new Set(input.challenges)];
      await manager.update(GuideChapterEntity, { id: chapter.id }, changes);
      return {
        chapter: await manager.findOneByOrFail(GuideChapterEntity, { id: chapter.id }),
        version,
      };
    });
  }

  /**
   * Puts the chapter at `position` in `stage` (its own when null), renumbering both stages. Stage
   * and position belong to the chapter, not to its words: no new version.
   */
  async move(
    chapterId: string,
    stage: GuideStage | null | undefined,
    position: number,
  ): Promise<GuideChapterEntity> {
    return this.dataSource.transaction(async (manager) => {
      await lockGuideOrder(manager);
      const chapter = await manager.findOne(GuideChapterEntity, {
        where: { id: chapterId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!chapter) throw new NotFoundError('Chapter');
      await placeChapter(manager, chapter, stage ?? chapter.stage, position);
      await manager.update(GuideChapterEntity, { id: chapterId }, { updatedAt: new Date() });
      return manager.findOneByOrFail(GuideChapterEntity, { id: chapterId });
    });
  }

  /** Makes `versionId` the one readers see; the chapter's "updated on" becomes now. */
  async publish(chapterId: string, versionId: string): Promise<GuideChapterEntity> {
    return this.dataSource.transaction(async (manager) => {
      const chapter = await manager.findOne(GuideChapterEntity, {
        where: { id: chapterId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!chapter) throw new NotFoundError('Chapter');
      const version = await manager.findOneBy(GuideChapterVersionEntity, {
        id: versionId,
        chapterId,
      });
      if (!version) throw new BadInputError({ versionId: 'is not a version of this chapter' });
      if (chapter.publishedVersionId !== versionId)
        await manager.update(
          GuideChapterEntity,
          { id: chapterId },
          { publishedVersionId: versionId, publishedAt: new Date() },
        );
      return manager.findOneByOrFail(GuideChapterEntity, { id: chapterId });
    });
  }

  /** Newest first (editors only: the resolver checks). */
  versions(
    chapterId: string,
    first?: number,
    after?: string,
  ): Promise<Connection<GuideChapterVersionEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(GuideChapterVersionEntity, 'v')
      .where('v.chapter_id = :chapterId', { chapterId });
    return timeOrderedPage(query, {
      column: 'v.created_at',
      id: 'v.id',
      direction: 'DESC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  version(id: string): Promise<GuideChapterVersionEntity | null> {
    return this.dataSource.manager.findOneBy(GuideChapterVersionEntity, { id });
  }

  /** The newest version of each chapter, for editors' lists. */
  async latestVersions(chapterIds: readonly string[]): Promise<GuideChapterVersionEntity[]> {
    if (chapterIds.length === 0) return [];
    return this.dataSource.manager
      .createQueryBuilder(GuideChapterVersionEntity, 'v')
      .distinctOn(['v.chapter_id'])
      .where('v.chapter_id IN (:...ids)', { ids: [...chapterIds] })
      .orderBy('v.chapter_id')
      .addOrderBy('v.number', 'DESC')
      .getMany();
  }

  versionsByIds(ids: readonly string[]): Promise<GuideChapterVersionEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.manager.findBy(GuideChapterVersionEntity, { id: In([...ids]) });
  }

  private insertVersion(
    manager: EntityManager,
    chapterId: string,
    number: number,
    viewer: Viewer,
    input: GuideChapterContentInput,
  ): Promise<GuideChapterVersionEntity> {
    const version = manager.create(GuideChapterVersionEntity, {
      id: uuidv7(),
      chapterId,
      number,
      titleFr: input.titleFr,
      titleEn: input.titleEn,
      bodyFr: input.bodyFr,
      bodyEn: input.bodyEn,
      note: input.note ?? null,
      authorId: viewer.memberId,
    });
    return manager.save(version);
  }

  /**
   * Every live reference must name a lesson or place that exists and is visible: a field error
   * on the body that holds an unknown one, nothing saved.
   */
  private async checkContent(input: GuideChapterContentInput): Promise<Record<string, string>> {
    const fields: Record<string, string> = {};
    const bodies = { bodyFr: input.bodyFr, bodyEn: input.bodyEn } as const;
    const refs = Object.entries(bodies).map(([field, body]) => ({
      field,
      refs: parseReferences(body),
    }));
    const all = refs.flatMap((r) => r.refs);
    const lessonIds = all.filter((r) => r.kind === 'LESSON' && isWellFormed(r)).map((r) => r.key);
    const slugs = all.filter((r) => r.kind === 'PLACE' && isWellFormed(r)).map((r) => r.key);
    const [lessons, places] = await Promise.all([
      lessonIds.length === 0
        ? []
        : this.dataSource.manager
            .createQueryBuilder(LessonEntity, 'l')
            .innerJoin('l.place', 'p', 'p.hidden_at IS NULL')
            .where('l.id IN (:...ids)', { ids: lessonIds })
            .getMany(),
      slugs.length === 0
        ? []
        : this.dataSource.manager
            .createQueryBuilder(PlaceEntity, 'p')
            .where('p.slug IN (:...slugs) AND p.hidden_at IS NULL', { slugs })
            .getMany(),
    ]);
    const known = new Set([
      ...lessons.map((l) => `lesson:${l.id}`),
      ...places.map((p) => `place:${p.slug}`),
    ]);
    for (const { field, refs: found } of refs) {
      if (found.length > Limits.guide.references) {
        fields[field] = `may embed at most ${Limits.guide.references} lessons and places`;
        continue;
      }
      const unknown = found.map(referenceId).filter((id) => !known.has(id));
      if (unknown.length > 0)
        fields[field] =
          `refers to ${unknown.length === 1 ? 'something that does not exist or is hidden' : 'things that do not exist or are hidden'}: ${unknown.join(', ')}`;
    }
    return fields;
  }
}
