import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  AuditLogService,
  BadInputError,
  ConflictError,
  DomainEvents,
  InjectConfig,
  MailService,
  memberRoom,
  NotFoundError,
  decodeCursor,
  pageSize,
  type AppConfig,
  type Connection,
  type Viewer,
  timeOrderedPage,
} from '@wide-open/api/core';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { accountEmails } from './account-emails';
import { MemberEntity } from './entities/member.entity';
import { SessionsService } from './sessions.service';

/** The moderators' side of membership: the queue of applications, decisions, roles. */
@Injectable()
export class MembershipService {
  constructor(
    @InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly audit: AuditLogService,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly events: DomainEvents,
  ) {}

  /** PENDING applications, oldest first (keyset on created_at, id). */
  async applications(first?: number, after?: string): Promise<Connection<MemberEntity>> {
    const query = this.members
      .createQueryBuilder('m')
      .where('m.status = :status', { status: MemberStatus.PENDING });
    return timeOrderedPage(query, {
      column: 'm.created_at',
      id: 'm.id',
      direction: 'ASC',
      cursor: decodeCursor(after),
      size: pageSize(first),
    });
  }

  pendingCount(): Promise<number> {
    return this.members.countBy({ status: MemberStatus.PENDING });
  }

  async approve(viewer: Viewer, memberId: string, message?: string): Promise<MemberEntity> {
    const member = await this.decide(
      viewer,
      memberId,
      MemberStatus.ACTIVE,
      message ?? null,
      'APPROVE_MEMBER',
    );
    this.mail.sendInBackground(
      accountEmails.approved(member, member.decisionMessage, this.config.http.publicUrl),
    );
    this.announceDecision(member);
    return member;
  }

  async reject(viewer: Viewer, memberId: string, reason: string): Promise<MemberEntity> {
    const member = await this.decide(
      viewer,
      memberId,
      MemberStatus.REJECTED,
      reason,
      'REJECT_MEMBER',
    );
    // A rejected applicant keeps no open session.
    await this.sessions.revokeAllFor(member.id, 'application-rejected');
    this.mail.sendInBackground(accountEmails.rejected(member, reason));
    this.announceDecision(member);
    return member;
  }

  async setRole(viewer: Viewer, memberId: string, role: MemberRole): Promise<MemberEntity> {
    if (memberId === viewer.memberId) {
      throw new BadInputError({ memberId: 'you cannot change your own role' });
    }
    const member = await this.dataSource.transaction(async (manager) => {
      const target = await manager.findOne(MemberEntity, {
        where: { id: memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!target) throw new NotFoundError('Member');
      if (target.status !== MemberStatus.ACTIVE) {
        throw new ConflictError('Only active members can be given a role.', {
          memberId: `is ${target.status.toLowerCase()}`,
        });
      }
      if (target.role === role) return target;
      await manager.update(MemberEntity, { id: memberId }, { role });
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: 'SET_ROLE',
        targetType: 'MEMBER',
        targetId: memberId,
        details: { from: target.role, to: role },
      });
      return manager.findOneByOrFail(MemberEntity, { id: memberId });
    });
    // Open sockets carry the old role in their rooms: make them reconnect with the new one.
    this.events.publish({
      type: 'member.role-changed',
      rooms: [memberRoom(member.id)],
      socketEvent: { name: 'member:updated', payload: { memberId: member.id, role: member.role } },
    });
    return member;
  }

  /** For the notifications domain (APPLICATION_DECIDED); the decision email above stays ours. */
  private announceDecision(member: MemberEntity): void {
    this.events.publish({
      type: 'application.decided',
      rooms: [],
      data: { memberId: member.id, status: member.status },
    });
  }

  private async decide(
    viewer: Viewer,
    memberId: string,
    status: MemberStatus.ACTIVE | MemberStatus.REJECTED,
    message: string | null,
    action: string,
  ): Promise<MemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      const applicant = await manager.findOne(MemberEntity, {
        where: { id: memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!applicant) throw new NotFoundError('Member');
      if (applicant.status !== MemberStatus.PENDING) {
        throw new ConflictError(
          `This application was already decided (${applicant.status.toLowerCase()}).`,
        );
      }
      await manager.update(
        MemberEntity,
        { id: memberId },
        { status, decisionMessage: message, decidedAt: new Date(), decidedBy: viewer.memberId },
      );
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action,
        targetType: 'MEMBER',
        targetId: memberId,
        reason: message,
      });
      return manager.findOneByOrFail(MemberEntity, { id: memberId });
    });
  }
}
