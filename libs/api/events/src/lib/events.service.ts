import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  AuditLogService,
  BadInputError,
  decodeCursor,
  ForbiddenError,
  NotFoundError,
  pageSize,
  timeOrderedPage,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { PlaceEntity } from '@wide-open/api/places';
import { MemberRole, roleAtLeast } from '@wide-open/shared/contracts';
import { occurrenceStarts } from './calendar/recurrence';
import { isTimeZone } from './calendar/zoned-time';
import { EventLimits, type CreateEventInput, type EventFilter } from './dto/event.inputs';
import { EventRsvpEntity, RsvpStatus } from './entities/event-rsvp.entity';
import { EventEntity } from './entities/event.entity';

/** Creating events (and series), the agenda, and cancelling. RSVPs live in RsvpService. */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** Creates the event, or every occurrence of its series; returns the first. */
  async create(viewer: Viewer, input: CreateEventInput, now = new Date()): Promise<EventEntity> {
    await this.validate(input, now);
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
    }));
    await this.dataSource.manager.insert(EventEntity, rows);
    return this.dataSource.manager.findOneByOrFail(EventEntity, { id: rows[0].id });
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

  /** The organizer or a moderator; attendees keep their answers, the event shows as cancelled. */
  async cancel(viewer: Viewer, id: string, reason: string | null): Promise<EventEntity> {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneBy(EventEntity, { id });
      if (!event) throw new NotFoundError('Event');
      if (!this.canManage(viewer, event))
        throw new ForbiddenError('Only its organizer or a moderator can cancel an event.');
      if (event.cancelledAt) return event;
      await manager.update(EventEntity, { id }, { cancelledAt: new Date() });
      if (event.organizerId !== viewer.memberId)
        await this.audit.record(manager, {
          actorId: viewer.memberId,
          action: 'CANCEL_EVENT',
          targetType: 'EVENT',
          targetId: id,
          reason,
        });
      return manager.findOneByOrFail(EventEntity, { id });
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

  /** What class-validator cannot check alone: times, zone, where it happens. */
  private async validate(input: CreateEventInput, now: Date): Promise<void> {
    const fields: Record<string, string> = {};
    if (!isTimeZone(input.timeZone)) fields['timeZone'] = 'is not a time zone (e.g. Europe/Paris)';
    if (input.startsAt.getTime() < now.getTime()) fields['startsAt'] = 'must be in the future';
    if (input.endsAt.getTime() <= input.startsAt.getTime())
      fields['endsAt'] = 'must be after the start';
    else if (input.endsAt.getTime() - input.startsAt.getTime() > EventLimits.maxDays * 86_400_000)
      fields['endsAt'] = `must be at most ${EventLimits.maxDays} days after the start`;
    if (!input.placeId && !input.address && !input.onlineUrl)
      fields['address'] = 'give a place, an address or an online link';
    if (input.placeId) {
      const place = await this.dataSource.manager.findOneBy(PlaceEntity, { id: input.placeId });
      if (!place || place.hiddenAt) fields['placeId'] = 'is not a place';
    }
    if (Object.keys(fields).length > 0) throw new BadInputError(fields);
  }
}
