import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectConfig, JobQueue, MailService, type AppConfig } from '@wide-open/api/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { NotificationClock } from '../clock';
import { digestEmail } from '../email/notification-emails';
import { NotificationDelivery, type DigestPeriod } from '../notification-rules';
import { UnsubscribeTokens } from '../unsubscribe/unsubscribe-tokens';
import { digestCutoff } from './digest-schedule';

export const DIGEST_JOB = 'notifications.digest';
/** The most items one digest lists; the rest are counted ("and 12 more"). */
const MAX_LISTED = 50;

export interface DigestRun {
  daily: number;
  weekly: number;
}

/**
 * Daily and weekly digests, built by a scheduled job (hourly, once across every instance): each
 * member with notifications waiting for a digest gets one email carrying those that arrived
 * before the digest's cut-off, and each is marked digested in the same transaction.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly tokens: UnsubscribeTokens,
    private readonly clock: NotificationClock,
  ) {}

  onModuleInit(): void {
    this.jobs.register<Record<string, never>>({
      name: DIGEST_JOB,
      cron: '0 * * * *',
      retryLimit: 1,
      handler: async () => {
        const sent = await this.run();
        if (sent.daily || sent.weekly)
          this.logger.log(`Digests sent: ${sent.daily} daily, ${sent.weekly} weekly`);
      },
    });
  }

  /** Sends every digest due at the clock's "now"; answers how many emails went out. */
  async run(): Promise<DigestRun> {
    const now = this.clock.now();
    const hour = this.config.notifications.digestHour;
    return {
      daily: await this.sendAll(
        NotificationDelivery.DAILY,
        digestCutoff(NotificationDelivery.DAILY, now, hour),
        now,
      ),
      weekly: await this.sendAll(
        NotificationDelivery.WEEKLY,
        digestCutoff(NotificationDelivery.WEEKLY, now, hour),
        now,
      ),
    };
  }

  private async sendAll(period: DigestPeriod, cutoff: Date, now: Date): Promise<number> {
    const members = await this.dataSource.query<Array<{ member_id: string }>>(
      `SELECT DISTINCT member_id FROM notifications
        WHERE digest = $1 AND digested_at IS NULL AND created_at < $2`,
      [period, cutoff],
    );
    let sent = 0;
    for (const { member_id: memberId } of members) {
      try {
        const done = await this.dataSource.transaction((manager) =>
          this.sendOne(manager, memberId, period, cutoff, now),
        );
        if (done) sent += 1;
      } catch (error) {
        // Left undigested: the next run tries again.
        this.logger.error(`Could not send the ${period} digest of ${memberId}: ${String(error)}`);
      }
    }
    return sent;
  }

  /**
   * Within one transaction: the member's pending items (locked), the email, then the mark. An
   * email that fails rolls the mark back; another run at the same time skips this member.
   */
  private async sendOne(
    manager: EntityManager,
    memberId: string,
    period: DigestPeriod,
    cutoff: Date,
    now: Date,
  ): Promise<boolean> {
    const [{ locked }] = await manager.query<Array<{ locked: boolean }>>(
      "SELECT pg_try_advisory_xact_lock(hashtextextended('notifications.digest:' || $1, 0)) AS locked",
      [memberId],
    );
    if (!locked) return false;
    const items = await manager.query<
      Array<{ id: string; type: string; payload: Record<string, unknown>; created_at: Date }>
    >(
      `SELECT id, type, payload, created_at FROM notifications
        WHERE member_id = $1 AND digest = $2 AND digested_at IS NULL AND created_at < $3
        ORDER BY created_at, id
        FOR UPDATE SKIP LOCKED`,
      [memberId, period, cutoff],
    );
    if (items.length === 0) return false;
    const [member] = await manager.query<
      Array<{ email: string; display_name: string; locale: string; status: MemberStatus }>
    >('SELECT email, display_name, locale, status FROM members WHERE id = $1', [memberId]);
    const sendable = member?.status === MemberStatus.ACTIVE;
    if (sendable) {
      await this.mail.send(
        digestEmail(
          { email: member.email, displayName: member.display_name, locale: member.locale },
          period,
          items
            .slice(0, MAX_LISTED)
            .map((i) => ({ type: i.type, payload: i.payload, createdAt: i.created_at })),
          items.length - Math.min(items.length, MAX_LISTED),
          this.config.http.publicUrl,
          (type) => this.tokens.url(memberId, type),
        ),
      );
    }
    // Suspended members' items are settled too, so they do not pile up into one huge email.
    await manager.query('UPDATE notifications SET digested_at = $2 WHERE id = ANY($1::uuid[])', [
      items.map((i) => i.id),
      now,
    ]);
    return sendable;
  }
}
