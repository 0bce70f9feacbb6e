import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ConflictError, MemberErasure, NotFoundError, type Viewer } from '@wide-open/api/core';
import { NotificationsService, type NotificationEntity } from '@wide-open/api/notifications';
import { NotificationType } from '@wide-open/shared/contracts';
import { EventRsvpEntity, RsvpStatus } from './entities/event-rsvp.entity';
import { EventEntity } from './entities/event.entity';
import { eventNotice } from './event-notice';

/**
 * Answers to events. The event row is locked while seats are counted, so two members can never
 * both take the last seat; a seat given up goes to the first on the waiting list, who is told.
 */
@Injectable()
export class RsvpService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly erasure: MemberErasure,
  ) {}

  onModuleInit(): void {
    this.erasure.register('events', (manager, memberId) => this.withdraw(manager, memberId));
  }

  /**
   * A deleted account's answers go; the seats it held at upcoming events go to their waiting
   * lists, whose promoted members are told once the deletion commits.
   */
  async withdraw(manager: EntityManager, memberId: string, now = new Date()) {
    // An UPDATE or DELETE through TypeORM answers [rows, count].
    const [answers] = await manager.query<
      [Array<{ event_id: string; held_seat: boolean }>, number]
    >(
      `DELETE FROM event_rsvps r USING events e
        WHERE r.event_id = e.id AND r.member_id = $1
        RETURNING r.event_id, (r.status = 'GOING' AND NOT r.waitlisted
          AND e.ends_at > $2 AND e.cancelled_at IS NULL) AS held_seat`,
      [memberId, now],
    );
    const freed = answers.filter((r) => r.held_seat);
    const notes: NotificationEntity[] = [];
    for (const { event_id } of freed) {
      const event = await manager.findOne(EventEntity, {
        where: { id: event_id },
        lock: { mode: 'pessimistic_write' },
      });
      if (event) notes.push(...(await this.fillFreeSeats(manager, event)));
    }
    return () => this.notifications.deliver(notes);
  }

  async answer(viewer: Viewer, eventId: string, status: RsvpStatus): Promise<EventRsvpEntity> {
    const { rsvp, notes } = await this.dataSource.transaction(async (manager) => {
      const event = await manager.findOne(EventEntity, {
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) throw new NotFoundError('Event');
      if (event.cancelledAt) throw new ConflictError('This event was cancelled.');
      if (event.endsAt.getTime() < Date.now()) throw new ConflictError('This event is over.');
      const previous = await manager.findOneBy(EventRsvpEntity, {
        eventId,
        memberId: viewer.memberId,
      });
      if (previous?.status === status) return { rsvp: previous, notes: [] };
      const hadSeat = previous?.status === RsvpStatus.GOING && !previous.waitlisted;
      let waitlisted = false;
      if (status === RsvpStatus.GOING && event.capacity !== null)
        waitlisted = (await this.seatsTaken(manager, eventId)) >= event.capacity;
      await manager.upsert(
        EventRsvpEntity,
        {
          eventId,
          memberId: viewer.memberId,
          status,
          waitlisted,
          queuedAt: status === RsvpStatus.GOING ? new Date() : null,
        },
        ['eventId', 'memberId'],
      );
      const notes = hadSeat ? await this.fillFreeSeats(manager, event) : [];
      return {
        rsvp: await manager.findOneByOrFail(EventRsvpEntity, {
          eventId,
          memberId: viewer.memberId,
        }),
        notes,
      };
    });
    this.notifications.deliver(notes);
    return rsvp;
  }

  /** Seats taken: GOING and not waiting. */
  seatsTaken(manager: EntityManager, eventId: string): Promise<number> {
    return manager.countBy(EventRsvpEntity, {
      eventId,
      status: RsvpStatus.GOING,
      waitlisted: false,
    });
  }

  /**
   * Free seats go to the waiting list in order (after a cancellation, or when the capacity
   * grows); each promoted member hears of it. Returns the notifications to deliver on commit.
   */
  async fillFreeSeats(manager: EntityManager, event: EventEntity) {
    const free =
      event.capacity === null ? null : event.capacity - (await this.seatsTaken(manager, event.id));
    if (free !== null && free <= 0) return [];
    const promoted = await manager.find(EventRsvpEntity, {
      where: { eventId: event.id, status: RsvpStatus.GOING, waitlisted: true },
      order: { queuedAt: 'ASC', memberId: 'ASC' },
      ...(free === null ? {} : { take: free }),
    });
    if (promoted.length === 0) return [];
    await manager.update(
      EventRsvpEntity,
      { eventId: event.id, memberId: In(promoted.map((r) => r.memberId)) },
      { waitlisted: false },
    );
    return this.notifications.create(
      manager,
      promoted.map((r) => ({
        memberId: r.memberId,
        type: NotificationType.EVENT_SEAT_FREED,
        payload: eventNotice(event),
      })),
    );
  }
}
