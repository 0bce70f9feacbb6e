import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  decodeCursor,
  pageSize,
  RateLimiterService,
  type Connection,
  type Viewer,
  timeOrderedPage,
} from '@wide-open/api/core';
import { NotificationsService } from '@wide-open/api/notifications';
import { NotificationType } from '@wide-open/shared/contracts';
import type { LessonInput } from './dto/lesson.input';
import type { LessonFilter } from './dto/places.args';
import { LessonEntity } from './entities/lesson.entity';
import { PlaceFollowerEntity } from './entities/place-follower.entity';
import { PlaceAccessService } from './place-access.service';

/** Lessons learned: written by a place's team, read by everyone. */
@Injectable()
export class LessonsService {
  constructor(
    @InjectRepository(LessonEntity) private readonly lessons: Repository<LessonEntity>,
    private readonly access: PlaceAccessService,
    private readonly rateLimiter: RateLimiterService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Adds a lesson; the place's followers hear of it (PLACE_NEWS) unless the place is hidden. */
  async add(viewer: Viewer, placeId: string, input: LessonInput): Promise<LessonEntity> {
    const place = await this.access.forTeamMember(viewer, placeId);
    await this.rateLimiter.consume(
      { name: 'add-lesson', points: 30, durationSeconds: 3600 },
      viewer.memberId,
    );
    const id = uuidv7();
    const { lesson, notes } = await this.lessons.manager.transaction(async (manager) => {
      await manager.insert(LessonEntity, {
        id,
        placeId,
        authorId: viewer.memberId,
        challenge: input.challenge,
        title: input.title,
        context: input.context ?? null,
        whatWeTried: input.whatWeTried,
        outcome: input.outcome,
        advice: input.advice ?? null,
        figures: (input.figures ?? []).map((f) => ({
          label: f.label,
          value: f.value,
          unit: f.unit ?? null,
        })),
      });
      const followers = place.hiddenAt
        ? []
        : await manager.find(PlaceFollowerEntity, {
            select: { memberId: true },
            where: { placeId, memberId: Not(viewer.memberId) },
          });
      const notes = await this.notifications.create(
        manager,
        followers.map((f) => ({
          memberId: f.memberId,
          type: NotificationType.PLACE_NEWS,
          payload: {
            placeId,
            placeSlug: place.slug,
            placeName: place.name,
            lessonId: id,
            lessonTitle: input.title,
            excerpt: input.outcome.slice(0, 200),
          },
        })),
      );
      return { lesson: await manager.findOneByOrFail(LessonEntity, { id }), notes };
    });
    this.notifications.deliver(notes);
    return lesson;
  }

  /** Newest first, from visible places; keyset on (created_at, id). */
  async list(
    filter: LessonFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<LessonEntity>> {
    const query = this.lessons
      .createQueryBuilder('l')
      .innerJoin('l.place', 'p', 'p.hidden_at IS NULL');
    if (filter?.challenge)
      query.andWhere('l.challenge = :challengeFilter', { challengeFilter: filter.challenge });
    if (filter?.placeId) query.andWhere('l.place_id = :placeId', { placeId: filter.placeId });
    return timeOrderedPage(query, {
      column: 'l.created_at',
      id: 'l.id',
      direction: 'DESC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }
}
