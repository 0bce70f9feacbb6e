import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  decodeCursor,
  pageSize,
  timeOrderedPage,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { UploadsService } from '@wide-open/api/uploads';
import { MemberRole, roleAtLeast } from '@wide-open/shared/contracts';
import { occurrenceStarts } from './calendar/recurrence';
import type { CreateEventInput, EventFilter } from './dto/event.inputs';
import { EventRsvpEntity, RsvpStatus } from './entities/event-rsvp.entity';
import { EventEntity } from './entities/event.entity';
import { throwIfInvalid, validateEvent } from './event-validation';

/**
 * Creating events (and series) and the agendas. Changes and cancelling live in
 * EventChangesService, RSVPs in RsvpService.
 */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
  ) {}

  /** Creates the event, or every occurrence of its series; returns the first. */
  async create(viewer: Viewer, input: CreateEventInput, now = new Date()): Promise<EventEntity> {
    throwIfInvalid(await validateEvent(this.dataSource.manager, input, now));
    const duration = input.endsAt.getTime() - input.startsAt.getTime();
    const starts = input.recurrence
      ? occurrenceStarts(input.startsAt, input.timeZone, input.recurrence)
      : [input.startsAt];
    const seriesId = input.recurrence ? uuidv7() : null;
    const rows = starts.map((startsAt) => ({
      id: uuidv7(),
      seriesId,
      organizerId: viewer.memberId,
      title: input.title,
      description: input.description ?? null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + duration),
      timeZone: input.timeZone,
      placeId: input.placeId ?? null,
      address: input.address ?? null,
      city: input.city ?? null,
      country: input.country ?? null,
      onlineUrl: input.onlineUrl ?? null,
      capacity: input.capacity ?? null,
      language: input.language,
      coverUploadId: null as string | null,
      coverUrl: null as string | null,
    }));
    return this.dataSource.transaction(async (manager) => {
      if (input.coverId) {
        const [cover] = await this.uploads.attach(
          manager,
          viewer.memberId,
          [input.coverId],
          'coverId',
        );
        for (const row of rows)
          Object.assign(row, {
            coverUploadId: cover.id,
            coverUrl: this.uploads.url(cover, 'large'),
          });
      }
      await manager.insert(EventEntity, rows);
      return manager.findOneByOrFail(EventEntity, { id: rows[0].id });
    });
  }

  /** Upcoming first (keyset on starts_at, id); cancelled events are left out. */
  list(
    filter: EventFilter | null | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<EventEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(EventEntity, 'e')
      .where('e.ends_at >= :from AND e.cancelled_at IS NULL', { from: filter?.from ?? new Date() });
    if (filter?.city) query.andWhere('lower(e.city) = lower(:city)', { city: filter.city });
    if (filter?.online === true) query.andWhere('e.online_url IS NOT NULL');
    if (filter?.online === false) query.andWhere('e.online_url IS NULL');
    if (filter?.placeId) query.andWhere('e.place_id = :placeId', { placeId: filter.placeId });
    return timeOrderedPage(query, {
      column: 'e.starts_at',
      id: 'e.id',
      direction: 'ASC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  find(id: string): Promise<EventEntity | null> {
    return this.dataSource.manager.findOneBy(EventEntity, { id });
  }

  /**
   * The viewer's agenda: what they organize and what they answered going or maybe to, cancelled
   * ones included so that nobody misses the news; upcoming first, or the past latest first.
   */
  mine(viewer: Viewer, past: boolean, first?: number, after?: string, now = new Date()) {
    const query = this.dataSource.manager
      .createQueryBuilder(EventEntity, 'e')
      .where(
        `(e.organizer_id = :me OR e.id IN (SELECT r.event_id FROM event_rsvps r
            WHERE r.member_id = :me AND r.status <> :notGoing))`,
        { me: viewer.memberId, notGoing: RsvpStatus.NOT_GOING },
      )
      .andWhere(past ? 'e.ends_at < :now' : 'e.ends_at >= :now', { now });
    return timeOrderedPage(query, {
      column: 'e.starts_at',
      id: 'e.id',
      direction: past ? 'DESC' : 'ASC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  /** Everyone who answered GOING or MAYBE: seated first, then the waiting list in order. */
  attendees(eventId: string): Promise<EventRsvpEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(EventRsvpEntity, 'r')
      .innerJoinAndSelect('r.member', 'm')
      .where('r.event_id = :eventId AND r.status <> :notGoing', {
        eventId,
        notGoing: RsvpStatus.NOT_GOING,
      })
      .orderBy('r.waitlisted', 'ASC')
      .addOrderBy('r.queued_at', 'ASC', 'NULLS LAST')
      .addOrderBy('r.member_id', 'ASC')
      .getMany();
  }

  canManage(viewer: Viewer | undefined, event: EventEntity): boolean {
    return (
      !!viewer &&
      (event.organizerId === viewer.memberId || roleAtLeast(viewer.role, MemberRole.MODERATOR))
    );
  }
}
