import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '@wide-open/api/core';
import { NotificationsService } from '@wide-open/api/notifications';
import { NotificationType } from '@wide-open/shared/contracts';
import { eventNotice } from './event-notice';

export const REMINDERS_JOB = 'events.reminders';
const DAY_MS = 86_400_000;

interface DueReminder {
  member_id: string;
  event_id: string;
  title: string;
  starts_at: Date;
  time_zone: string;
  address: string | null;
  city: string | null;
  online_url: string | null;
}

/**
 * The day-before reminder: every quarter of an hour a job (once across instances) claims the
 * seated attendees of events starting within 24 hours who were not reminded yet, then tells each
 * as they chose (in the app, and by email unless they said otherwise), in their language and the
 * event's time zone.
 */
@Injectable()
export class EventRemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: REMINDERS_JOB,
      cron: '*/15 * * * *',
      handler: async () => {
        await this.sendDue(new Date());
      },
    });
  }

  /** Returns how many reminders went out; a second run at the same time sends none. */
  async sendDue(now: Date): Promise<number> {
    const { due, rows } = await this.dataSource.transaction(async (manager) => {
      // Claiming and marking in one statement: two runs can never remind the same person twice.
      const [due] = await manager.query<[DueReminder[], number]>(
        `UPDATE event_rsvps r SET reminded_at = $1
           FROM events e, members m
          WHERE r.event_id = e.id AND m.id = r.member_id
            AND r.status = 'GOING' AND NOT r.waitlisted AND r.reminded_at IS NULL
            AND e.cancelled_at IS NULL AND e.starts_at > $1 AND e.starts_at <= $2
            AND m.status = 'ACTIVE'
        RETURNING r.member_id, e.id AS event_id, e.title,
                  e.starts_at, e.time_zone, e.address, e.city, e.online_url`,
        [now, new Date(now.getTime() + DAY_MS)],
      );
      const rows = await this.notifications.create(
        manager,
        due.map((d) => ({
          memberId: d.member_id,
          type: NotificationType.EVENT_REMINDER,
          payload: eventNotice({
            id: d.event_id,
            title: d.title,
            startsAt: new Date(d.starts_at),
            timeZone: d.time_zone,
            address: d.address,
            city: d.city,
            onlineUrl: d.online_url,
          }),
        })),
      );
      return { due, rows };
    });
    // In the app and, as each attendee chose (by email by default), in their language.
    this.notifications.deliver(rows);
    return due.length;
  }
}
