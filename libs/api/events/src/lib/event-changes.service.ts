import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThanOrEqual, Not, type EntityManager } from 'typeorm';
import {
  AuditLogService,
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Viewer,
} from '@wide-open/api/core';
import { NotificationsService, type NotificationEntity } from '@wide-open/api/notifications';
import { UploadsService } from '@wide-open/api/uploads';
import { MemberRole, NotificationType, roleAtLeast } from '@wide-open/shared/contracts';
import type { UpdateEventInput } from './dto/event.inputs';
import { EventRsvpEntity, RsvpStatus } from './entities/event-rsvp.entity';
import { EventEntity } from './entities/event.entity';
import { eventNotice } from './event-notice';
import { throwIfInvalid, validateEvent } from './event-validation';
import { RsvpService } from './rsvp.service';

/** What attendees are told of a change. */
export type EventChange = 'MOVED' | 'CHANGED' | 'CANCELLED';

const WHEN = ['startsAt', 'endsAt', 'timeZone'] as const;
const WHERE = ['placeId', 'address', 'city', 'country', 'onlineUrl'] as const;

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/**
 * Changing and cancelling events. In a series each occurrence is its own row, so moving or
 * cancelling one is the series' exception; `andFollowing` cancels the rest of a series. Everyone
 * who answered going or maybe is told when the time or the place changes, or when it is off.
 */
@Injectable()
export class EventChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    private readonly rsvps: RsvpService,
    private readonly uploads: UploadsService,
    private readonly notifications: NotificationsService,
  ) {}

  async update(
    viewer: Viewer,
    id: string,
    input: UpdateEventInput,
    now = new Date(),
  ): Promise<EventEntity> {
    const { event, notes } = await this.dataSource.transaction(async (manager) => {
      const event = await this.lockManageable(manager, viewer, id, 'change');
      if (event.endsAt.getTime() < now.getTime()) throw new ConflictError('This event is over.');
      const { coverId, ...fields } = input;
      const changes: Partial<EventEntity> = Object.fromEntries(
        Object.entries(fields).filter(([key, value]) => {
          const current = (event as unknown as Record<string, unknown>)[key];
          return value !== undefined && !sameValue(value, current);
        }),
      );
      const next = { ...event, ...changes };
      const startMoved = 'startsAt' in changes;
      const invalid = await validateEvent(manager, next, now, startMoved);
      if ('capacity' in changes && next.capacity !== null) {
        const seated = await this.rsvps.seatsTaken(manager, id);
        if (next.capacity < seated)
          invalid['capacity'] = `cannot be below the ${seated} members already seated`;
      }
      throwIfInvalid(invalid);
      if (coverId !== undefined) Object.assign(changes, await this.cover(manager, viewer, coverId));
      if (startMoved && !event.movedFrom) changes.movedFrom = event.startsAt;
      if (Object.keys(changes).length === 0) return { event, notes: [] };
      await manager.update(EventEntity, { id }, changes);
      // A new date deserves a new reminder.
      if (startMoved) await manager.update(EventRsvpEntity, { eventId: id }, { remindedAt: null });
      const updated = await manager.findOneByOrFail(EventEntity, { id });
      await this.recordIfModerated(manager, viewer, updated, 'UPDATE_EVENT');
      const change: EventChange | null = WHEN.some((k) => k in changes)
        ? 'MOVED'
        : WHERE.some((k) => k in changes)
          ? 'CHANGED'
          : null;
      const notes = [
        ...(change ? await this.tellAttendees(manager, viewer, updated, change) : []),
        ...('capacity' in changes ? await this.rsvps.fillFreeSeats(manager, updated) : []),
      ];
      return { event: updated, notes };
    });
    this.notifications.deliver(notes);
    return event;
  }

  /** Attendees keep their answers; the event shows as cancelled and they are told. */
  async cancel(viewer: Viewer, id: string, andFollowing: boolean): Promise<EventEntity> {
    const { event, notes } = await this.dataSource.transaction(async (manager) => {
      const event = await this.lockManageable(manager, viewer, id, 'cancel');
      const targets =
        andFollowing && event.seriesId
          ? await manager.find(EventEntity, {
              where: {
                seriesId: event.seriesId,
                startsAt: MoreThanOrEqual(event.startsAt),
                cancelledAt: IsNull(),
              },
              lock: { mode: 'pessimistic_write' },
            })
          : event.cancelledAt
            ? []
            : [event];
      const notes: NotificationEntity[] = [];
      const cancelledAt = new Date();
      for (const target of targets) {
        await manager.update(EventEntity, { id: target.id }, { cancelledAt });
        await this.recordIfModerated(manager, viewer, target, 'CANCEL_EVENT');
        notes.push(...(await this.tellAttendees(manager, viewer, target, 'CANCELLED')));
      }
      return { event: await manager.findOneByOrFail(EventEntity, { id }), notes };
    });
    this.notifications.deliver(notes);
    return event;
  }

  /** Everyone who answered going (seated or waiting) or maybe, but the one making the change. */
  async tellAttendees(
    manager: EntityManager,
    viewer: Viewer,
    event: EventEntity,
    change: EventChange | null,
    extra: Record<string, string> = {},
    type = NotificationType.EVENT_UPDATED,
  ): Promise<NotificationEntity[]> {
    const attendees = await manager.find(EventRsvpEntity, {
      select: { memberId: true },
      where: { eventId: event.id, status: Not(RsvpStatus.NOT_GOING) },
    });
    return this.notifications.create(
      manager,
      attendees
        .filter((a) => a.memberId !== viewer.memberId)
        .map((a) => ({
          memberId: a.memberId,
          type,
          payload: { ...eventNotice(event), ...(change ? { change } : {}), ...extra },
        })),
    );
  }

  async lockManageable(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    verb: string,
  ): Promise<EventEntity> {
    const event = await manager.findOne(EventEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!event) throw new NotFoundError('Event');
    if (!this.canManage(viewer, event))
      throw new ForbiddenError(`Only its organizer or a moderator can ${verb} this event.`);
    if (event.cancelledAt && verb !== 'cancel')
      throw new ConflictError('This event was cancelled.');
    return event;
  }

  private canManage(viewer: Viewer, event: EventEntity): boolean {
    return event.organizerId === viewer.memberId || roleAtLeast(viewer.role, MemberRole.MODERATOR);
  }

  private async cover(manager: EntityManager, viewer: Viewer, coverId: string | null) {
    if (coverId === null) return { coverUploadId: null, coverUrl: null };
    const [cover] = await this.uploads.attach(manager, viewer.memberId, [coverId], 'coverId');
    if (!cover) throw new BadInputError({ coverId: 'must be an image you uploaded' });
    return { coverUploadId: cover.id, coverUrl: this.uploads.url(cover, 'large') };
  }

  /** A moderator acting on someone else's event leaves a trace in the moderation log. */
  private async recordIfModerated(
    manager: EntityManager,
    viewer: Viewer,
    event: EventEntity,
    action: string,
  ): Promise<void> {
    if (event.organizerId === viewer.memberId) return;
    await this.audit.record(manager, {
      actorId: viewer.memberId,
      action,
      targetType: 'EVENT',
      targetId: event.id,
      reason: null,
    });
  }
}
