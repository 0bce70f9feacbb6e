import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  AuditLogService,
  BadInputError,
  ConflictError,
  decodeCursor,
  DomainEvents,
  ForbiddenError,
  ModerationActionEntity,
  MODERATORS_ROOM,
  NotFoundError,
  pageSize,
  RateLimiterService,
  toConnection,
  type Connection,
  type Viewer,
  timeOrderedPage,
} from '@wide-open/api/core';
import { MemberEntity, SessionsService } from '@wide-open/api/accounts';
import { NotificationsService } from '@wide-open/api/notifications';
import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { ReportAction } from './dto/moderation.objects';
import type { ReportInput } from './dto/moderation.inputs';
import { ReportEntity, ReportStatus } from './entities/report.entity';
import { resolveTarget } from './report-targets';

/** Reports by three different members hide the content until a moderator decides. */
const AUTO_HIDE_REPORTERS = 3;

@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    private readonly sessions: SessionsService,
    private readonly notifications: NotificationsService,
    private readonly rateLimiter: RateLimiterService,
    private readonly events: DomainEvents,
  ) {}

  async report(viewer: Viewer, input: ReportInput): Promise<ReportEntity> {
    await this.rateLimiter.consume(
      { name: 'reports', points: 20, durationSeconds: 3600 },
      viewer.memberId,
    );
    const { report, delivered } = await this.dataSource.transaction(async (manager) => {
      const target = await resolveTarget(manager, viewer, input.targetType, input.targetId);
      if (!target) throw new NotFoundError('What you reported');
      if (target.authorId === viewer.memberId)
        throw new BadInputError({ targetId: 'you cannot report yourself or your own content' });
      const duplicate = await manager.existsBy(ReportEntity, {
        reporterId: viewer.memberId,
        targetType: input.targetType,
        targetId: input.targetId,
        status: ReportStatus.OPEN,
      });
      if (duplicate)
        throw new ConflictError('You already reported this; moderators will review it.');
      const id = uuidv7();
      await manager.insert(ReportEntity, {
        id,
        reporterId: viewer.memberId,
        targetType: input.targetType,
        targetId: input.targetId,
        authorId: target.authorId,
        reason: input.reason,
        excerpt: target.excerpt,
      });
      const reporters = await manager
        .createQueryBuilder(ReportEntity, 'r')
        .select('count(DISTINCT r.reporter_id)::int', 'n')
        .where('r.target_type = :type AND r.target_id = :id AND r.status = :open', {
          type: input.targetType,
          id: input.targetId,
          open: ReportStatus.OPEN,
        })
        .getRawOne<{ n: number }>();
      if ((reporters?.n ?? 0) >= AUTO_HIDE_REPORTERS && target.hide) {
        await target.hide(manager);
        await this.audit.record(manager, {
          actorId: viewer.memberId,
          action: 'AUTO_HIDE',
          targetType: input.targetType,
          targetId: input.targetId,
          reason: `Reported by ${AUTO_HIDE_REPORTERS} members; hidden pending review`,
        });
      }
      const moderators = await manager.find(MemberEntity, {
        select: { id: true },
        where: { status: MemberStatus.ACTIVE, role: In([MemberRole.MODERATOR, MemberRole.ADMIN]) },
      });
      const rows = await this.notifications.create(
        manager,
        moderators.map((m) => ({
          memberId: m.id,
          type: 'REPORT_CREATED',
          payload: {
            reportId: id,
            targetType: input.targetType,
            excerpt: target.excerpt.slice(0, 200),
          },
        })),
      );
      return { report: await manager.findOneByOrFail(ReportEntity, { id }), delivered: rows };
    });
    this.notifications.deliver(delivered);
    this.events.publish({
      type: 'report.created',
      rooms: [MODERATORS_ROOM],
      socketEvent: { name: 'report:new', payload: { reportId: report.id } },
    });
    return report;
  }

  /** Open reports oldest first, or resolved ones newest first. */
  async list(
    status: ReportStatus,
    first?: number,
    after?: string,
  ): Promise<Connection<ReportEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(ReportEntity, 'r')
      .where('r.status = :status', { status });
    return timeOrderedPage(query, {
      column: 'r.created_at',
      id: 'r.id',
      direction: status === ReportStatus.OPEN ? 'ASC' : 'DESC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  async resolve(
    viewer: Viewer,
    reportId: string,
    action: ReportAction,
    note: string | null,
    until?: Date,
  ): Promise<ReportEntity> {
    const { report, notes } = await this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(ReportEntity, {
        where: { id: reportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!report) throw new NotFoundError('Report');
      if (report.status !== ReportStatus.OPEN)
        throw new ConflictError('This report was already resolved.');
      const newNotes: Array<{
        memberId: string;
        type: string;
        payload: Record<string, string | null>;
      }> = [];
      if (action === ReportAction.HIDE_CONTENT) {
        const target = await resolveTarget(
          manager,
          { ...viewer, memberId: report.reporterId },
          report.targetType,
          report.targetId,
        );
        if (target?.hide) await target.hide(manager);
        else if (!target) {
          // Already hidden or removed: nothing left to hide.
        } else
          throw new BadInputError({ action: 'a member cannot be hidden; warn or suspend them' });
        newNotes.push({
          memberId: report.authorId,
          type: 'CONTENT_HIDDEN',
          payload: { targetType: report.targetType, reason: note },
        });
      }
      if (action === ReportAction.WARN_AUTHOR) {
        newNotes.push({
          memberId: report.authorId,
          type: 'WARNING',
          payload: { reason: note ?? report.reason },
        });
      }
      if (action === ReportAction.SUSPEND_MEMBER) {
        await this.suspendWithin(
          manager,
          viewer,
          report.authorId,
          note ?? report.reason,
          until ?? null,
        );
      }
      // Every open report on the same target is settled by the same decision.
      await manager.update(
        ReportEntity,
        { targetType: report.targetType, targetId: report.targetId, status: ReportStatus.OPEN },
        {
          status: ReportStatus.RESOLVED,
          resolution: action,
          resolutionNote: note,
          resolvedBy: viewer.memberId,
          resolvedAt: new Date(),
        },
      );
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: `RESOLVE_REPORT_${action}`,
        targetType: report.targetType,
        targetId: report.targetId,
        reason: note,
        details: { reportId },
      });
      newNotes.push({
        memberId: report.reporterId,
        type: 'REPORT_RESOLVED',
        payload: { reportId, action },
      });
      const rows = await this.notifications.create(manager, newNotes);
      return { report: await manager.findOneByOrFail(ReportEntity, { id: reportId }), notes: rows };
    });
    this.notifications.deliver(notes);
    if (action === ReportAction.SUSPEND_MEMBER)
      await this.sessions.revokeAllFor(report.authorId, 'suspended');
    return report;
  }

  async suspend(
    viewer: Viewer,
    memberId: string,
    reason: string,
    until: Date | null,
  ): Promise<MemberEntity> {
    const member = await this.dataSource.transaction((manager) =>
      this.suspendWithin(manager, viewer, memberId, reason, until),
    );
    await this.sessions.revokeAllFor(memberId, 'suspended');
    return member;
  }

  /** Suspends within a transaction; sessions are revoked by the caller once it commits. */
  private async suspendWithin(
    manager: EntityManager,
    viewer: Viewer,
    memberId: string,
    reason: string,
    until: Date | null,
  ): Promise<MemberEntity> {
    if (memberId === viewer.memberId)
      throw new BadInputError({ memberId: 'you cannot suspend yourself' });
    if (until && until <= new Date()) throw new BadInputError({ until: 'must be in the future' });
    const member = await manager.findOne(MemberEntity, {
      where: { id: memberId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw new NotFoundError('Member');
    if (roleAtLeast(member.role, MemberRole.MODERATOR) && viewer.role !== MemberRole.ADMIN) {
      throw new ForbiddenError('Only admins can suspend moderators and admins.');
    }
    await manager.update(
      MemberEntity,
      { id: memberId },
      { status: MemberStatus.SUSPENDED, suspensionReason: reason, suspendedUntil: until },
    );
    await this.audit.record(manager, {
      actorId: viewer.memberId,
      action: 'SUSPEND_MEMBER',
      targetType: 'MEMBER',
      targetId: memberId,
      reason,
      details: { until: until?.toISOString() ?? null },
    });
    return manager.findOneByOrFail(MemberEntity, { id: memberId });
  }

  /** The moderation log, newest first (keyset on id: UUID v7). */
  async log(first?: number, after?: string): Promise<Connection<ModerationActionEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const query = this.dataSource.manager
      .createQueryBuilder(ModerationActionEntity, 'a')
      .orderBy('a.id', 'DESC')
      .limit(size + 1);
    if (cursor) query.andWhere('a.id < :idAfter::uuid', { idAfter: cursor.id });
    return toConnection(
      await query.getMany(),
      size,
      (a) => ({ value: '', id: a.id }),
      (a) => a,
    );
  }
}
