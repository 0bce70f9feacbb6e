import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  ConflictError,
  decodeCursor,
  NotFoundError,
  pageSize,
  timeOrderedPage,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { NotificationsService } from '@wide-open/api/notifications';
import { NotificationType } from '@wide-open/shared/contracts';
import type {
  GuideSuggestionsArgs,
  ReviewGuideSuggestionInput,
  SuggestGuideChangeInput,
} from './dto/guide.inputs';
import { GuideChapterVersionEntity } from './entities/guide-chapter-version.entity';
import { GuideChapterEntity } from './entities/guide-chapter.entity';
import { GuideSuggestionEntity, GuideSuggestionStatus } from './entities/guide-suggestion.entity';
import { GuideService } from './guide.service';

/** The suggestion box: members suggest, editors accept or decline, the suggester hears of it. */
@Injectable()
export class GuideSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly guide: GuideService,
    private readonly notifications: NotificationsService,
  ) {}

  /** On a chapter the member can read (a draft is NOT_FOUND for non-editors). */
  async suggest(viewer: Viewer, input: SuggestGuideChangeInput): Promise<GuideSuggestionEntity> {
    const chapter = await this.guide.findReadable(viewer, input.chapterId);
    const row = this.dataSource.manager.create(GuideSuggestionEntity, {
      id: uuidv7(),
      chapterId: chapter.id,
      authorId: viewer.memberId,
      text: input.text,
      proposedWording: input.proposedWording ?? null,
      language: input.language,
      status: GuideSuggestionStatus.OPEN,
      reviewNote: null,
      reviewedById: null,
      reviewedAt: null,
    });
    return this.dataSource.manager.save(row);
  }

  /** Oldest first, so the box is worked through in order (editors only: the resolver checks). */
  list(args: GuideSuggestionsArgs): Promise<Connection<GuideSuggestionEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(GuideSuggestionEntity, 's')
      .where('s.status = :status', { status: args.status });
    if (args.chapterId) query.andWhere('s.chapter_id = :chapterId', { chapterId: args.chapterId });
    return timeOrderedPage(query, {
      column: 's.created_at',
      id: 's.id',
      direction: 'ASC',
      cursor: decodeCursor(args.after),
      size: pageSize(args.first),
    });
  }

  /** Accepts or declines an open suggestion once; the suggester is notified after the commit. */
  async review(viewer: Viewer, input: ReviewGuideSuggestionInput): Promise<GuideSuggestionEntity> {
    const { suggestion, notices } = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(GuideSuggestionEntity, {
        where: { id: input.suggestionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('Suggestion');
      if (found.status !== GuideSuggestionStatus.OPEN)
        throw new ConflictError('This suggestion was already reviewed.');
      const status = input.decision as string as GuideSuggestionStatus;
      await manager.update(
        GuideSuggestionEntity,
        { id: found.id },
        {
          status,
          reviewNote: input.note ?? null,
          reviewedById: viewer.memberId,
          reviewedAt: new Date(),
        },
      );
      const chapter = await manager.findOneByOrFail(GuideChapterEntity, { id: found.chapterId });
      const shown = await manager.findOne(GuideChapterVersionEntity, {
        where: chapter.publishedVersionId
          ? { id: chapter.publishedVersionId }
          : { chapterId: chapter.id },
        order: { number: 'DESC' },
      });
      const created =
        found.authorId === viewer.memberId
          ? []
          : await this.notifications.create(manager, [
              {
                memberId: found.authorId,
                type: NotificationType.GUIDE_SUGGESTION_REVIEWED,
                payload: {
                  chapterId: chapter.id,
                  chapterSlug: chapter.slug,
                  chapterTitle:
                    (found.language === 'fr' ? shown?.titleFr : shown?.titleEn) ?? chapter.slug,
                  decision: status,
                  excerpt: input.note ?? '',
                },
              },
            ]);
      return {
        suggestion: await manager.findOneByOrFail(GuideSuggestionEntity, { id: found.id }),
        notices: created,
      };
    });
    this.notifications.deliver(notices);
    return suggestion;
  }
}
