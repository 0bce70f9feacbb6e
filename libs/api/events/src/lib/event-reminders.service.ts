import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InjectConfig, JobQueue, MailService, type AppConfig } from '@wide-open/api/core';
import { NotificationsService } from '@wide-open/api/notifications';
import { reminderEmail } from './event-emails';

export const REMINDERS_JOB = 'events.reminders';
const DAY_MS = 86_400_000;

interface DueReminder {
  member_id: string;
  email: string;
  display_name: string;
  locale: string;
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
 * in the app and by email, in their language and the event's time zone.
 */
@Injectable()
export class EventRemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    @InjectConfig() private readonly config: AppConfig,
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
        RETURNING r.member_id, m.email, m.display_name, m.locale, e.id AS event_id, e.title,
                  e.starts_at, e.time_zone, e.address, e.city, e.online_url`,
        [now, new Date(now.getTime() + DAY_MS)],
      );
      const rows = await this.notifications.create(
        manager,
        due.map((d) => ({
          memberId: d.member_id,
          type: 'EVENT_REMINDER',
          payload: {
            eventId: d.event_id,
            eventTitle: d.title,
            startsAt: new Date(d.starts_at).toISOString(),
            timeZone: d.time_zone,
          },
        })),
      );
      return { due, rows };
    });
    this.notifications.deliver(rows);
    for (const d of due)
      this.mail.sendInBackground(
        reminderEmail(
          { email: d.email, displayName: d.display_name, locale: d.locale },
          {
            id: d.event_id,
            title: d.title,
            startsAt: new Date(d.starts_at),
            timeZone: d.time_zone,
            where: [d.address, d.city].filter(Boolean).join(', ') || d.online_url,
          },
          this.config.http.publicUrl,
        ),
      );
    return due.length;
  }
}
