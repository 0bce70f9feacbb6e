import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainEvents, type DomainEvent } from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { NotificationType } from '../notification-rules';
import { NotificationsService } from '../notifications.service';

/**
 * The accounts domain cannot depend on notifications (notifications needs its members), so it
 * publishes `application.created` and `application.decided` after committing; this turns them
 * into NEW_APPLICATION (every active moderator) and APPLICATION_DECIDED (the applicant).
 */
@Injectable()
export class MembershipNotificationsListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MembershipNotificationsListener.name);
  private unsubscribe?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.subscribe((event) => this.handle(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  async handle(event: DomainEvent): Promise<void> {
    const memberId = event.data?.['memberId'];
    if (!memberId) return;
    if (event.type === 'application.created') await this.applied(memberId);
    if (event.type === 'application.decided') await this.decided(memberId);
  }

  private async applied(applicantId: string): Promise<void> {
    const rows = await this.dataSource.transaction(async (manager) => {
      const applicant = await manager.findOneBy(MemberEntity, { id: applicantId });
      if (!applicant) return [];
      const moderators = await manager.find(MemberEntity, {
        select: { id: true },
        where: { status: MemberStatus.ACTIVE, role: In([MemberRole.MODERATOR, MemberRole.ADMIN]) },
      });
      return this.notifications.create(
        manager,
        moderators.map((m) => ({
          memberId: m.id,
          type: NotificationType.NEW_APPLICATION,
          payload: {
            memberId: applicant.id,
            applicantName: applicant.displayName,
            communityRole: applicant.communityRole,
            excerpt: applicant.motivation,
          },
        })),
      );
    });
    this.notifications.deliver(rows);
    this.logger.debug(`NEW_APPLICATION for ${rows.length} moderator(s)`);
  }

  private async decided(applicantId: string): Promise<void> {
    const rows = await this.dataSource.transaction(async (manager) => {
      const applicant = await manager.findOneBy(MemberEntity, { id: applicantId });
      if (!applicant || applicant.status === MemberStatus.PENDING) return [];
      return this.notifications.create(manager, [
        {
          memberId: applicant.id,
          type: NotificationType.APPLICATION_DECIDED,
          payload: {
            decision: applicant.status === MemberStatus.ACTIVE ? 'APPROVED' : 'REJECTED',
            excerpt: applicant.decisionMessage?.slice(0, 400) ?? null,
          },
        },
      ]);
    });
    this.notifications.deliver(rows);
  }
}
