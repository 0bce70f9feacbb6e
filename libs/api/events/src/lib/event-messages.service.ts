import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, RateLimiterService, type Viewer } from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { NotificationsService } from '@wide-open/api/notifications';
import { NotificationType } from '@wide-open/shared/contracts';
import { EventLimits } from './dto/event.inputs';
import { EventChangesService } from './event-changes.service';

/**
 * An organizer writing to everyone coming (seated, waiting or maybe): "bring a mug", "the door
 * code". Each attendee gets it as a notification, by email unless they chose otherwise.
 */
@Injectable()
export class EventMessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: EventChangesService,
    private readonly notifications: NotificationsService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  /** Returns how many attendees were written to. */
  async send(viewer: Viewer, eventId: string, message: string, now = new Date()): Promise<number> {
    const notes = await this.dataSource.transaction(async (manager) => {
      const event = await this.changes.lockManageable(manager, viewer, eventId, 'write to');
      if (event.endsAt.getTime() < now.getTime()) throw new ConflictError('This event is over.');
      // Counted only once the request is known to be legitimate, so refusals cost nothing.
      await this.rateLimiter.consume(
        { name: 'event-messages', points: EventLimits.messagesPerDay, durationSeconds: 86_400 },
        `${viewer.memberId}:${eventId}`,
      );
      const author = await manager.findOneByOrFail(MemberEntity, { id: viewer.memberId });
      return this.changes.tellAttendees(
        manager,
        viewer,
        event,
        null,
        { authorName: author.displayName, excerpt: message },
        NotificationType.EVENT_MESSAGE,
      );
    });
    this.notifications.deliver(notes);
    return notes.length;
  }
}
