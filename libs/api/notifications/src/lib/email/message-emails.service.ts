import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InjectConfig, JobQueue, MailService, type AppConfig } from '@wide-open/api/core';
import { NotificationClock } from '../clock';
import type { NotificationPayload } from '../entities/notification.entity';
import { effectiveDelivery, NotificationDelivery, NotificationType } from '../notification-rules';
import { UnsubscribeTokens } from '../unsubscribe/unsubscribe-tokens';
import { immediateEmail } from './notification-emails';

const MESSAGE_EMAIL_JOB = 'notifications.message-email';

interface Unread {
  member_id: string;
  email: string;
  display_name: string;
  locale: string;
  payload: NotificationPayload;
  created_at: Date;
}

/**
 * Private messages are emailed only if their notification is still unread a while after it
 * arrived (`MESSAGE_EMAIL_DELAY_SECONDS`, 10 minutes by default), as members expect of a chat: one
 * who reads the conversation, or the bell, on any device meanwhile gets no email for it. Each
 * notification waits in the job queue, so the email survives a restart and goes out once.
 */
@Injectable()
export class MessageEmailsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly tokens: UnsubscribeTokens,
    private readonly clock: NotificationClock,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ notificationId: string }>({
      name: MESSAGE_EMAIL_JOB,
      retryLimit: 3,
      // Many small jobs (one per unread conversation): up to 4 emails a second per instance.
      concurrency: 2,
      pollingIntervalSeconds: 0.5,
      handler: async ({ notificationId }) => {
        await this.sendIfUnread(notificationId);
      },
    });
  }

  /** False when the delay is 0: the caller then emails at once. */
  get delayed(): boolean {
    return this.config.notifications.messageEmailDelaySeconds > 0;
  }

  async later(notificationIds: string[]): Promise<void> {
    const startAfter = new Date(
      this.clock.now().getTime() + this.config.notifications.messageEmailDelaySeconds * 1000,
    );
    for (const notificationId of notificationIds)
      await this.jobs.enqueue(
        MESSAGE_EMAIL_JOB,
        { notificationId },
        { startAfter, singletonKey: notificationId },
      );
  }

  /** Sends the email unless it was read, the member left, or they no longer want it by email. */
  async sendIfUnread(notificationId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<Unread[]>(
      `SELECT n.member_id, m.email, m.display_name, m.locale, n.payload, n.created_at
         FROM notifications n
         JOIN members m ON m.id = n.member_id AND m.status = 'ACTIVE'
         LEFT JOIN notification_preferences p ON p.member_id = n.member_id AND p.type = n.type
        WHERE n.id = $1 AND n.read_at IS NULL AND coalesce(p.delivery::text, $2) = $3`,
      [
        notificationId,
        effectiveDelivery(NotificationType.NEW_MESSAGE, null),
        NotificationDelivery.EMAIL,
      ],
    );
    if (!row) return false;
    await this.mail.send(
      immediateEmail(
        { email: row.email, displayName: row.display_name, locale: row.locale },
        { type: NotificationType.NEW_MESSAGE, payload: row.payload, createdAt: row.created_at },
        this.config.http.publicUrl,
        (type) => this.tokens.url(row.member_id, type),
      ),
    );
    return true;
  }
}
