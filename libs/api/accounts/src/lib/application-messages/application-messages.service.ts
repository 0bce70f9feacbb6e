import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  AuditLogService,
  ConflictError,
  decodeCursor,
  DomainEvents,
  ForbiddenError,
  InjectConfig,
  MailService,
  MODERATORS_ROOM,
  NotFoundError,
  pageSize,
  RateLimiterService,
  toConnection,
  type AppConfig,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { MemberEntity } from '../entities/member.entity';
import { applicationMessageEmails } from './application-message-emails';
import { ApplicationMessageEntity } from './application-message.entity';

const isModerator = (viewer: Viewer) =>
  viewer.status === MemberStatus.ACTIVE && roleAtLeast(viewer.role, MemberRole.MODERATOR);

/**
 * Questions before a decision: moderators write to an applicant from the queue, the applicant
 * answers on their application page. Only the applicant and moderators ever see the exchange.
 */
@Injectable()
export class ApplicationMessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly audit: AuditLogService,
    private readonly mail: MailService,
    private readonly rateLimiter: RateLimiterService,
    private readonly events: DomainEvents,
  ) {}

  /** The exchange on one application, oldest first (keyset on the time-ordered id). */
  async list(
    viewer: Viewer,
    applicantId: string | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<ApplicationMessageEntity>> {
    const id = this.readableApplicantId(viewer, applicantId);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const query = this.dataSource.manager
      .createQueryBuilder(ApplicationMessageEntity, 'm')
      .where('m.applicant_id = :id', { id })
      .orderBy('m.id', 'ASC')
      .limit(size + 1);
    if (cursor) query.andWhere('m.id > :idAfter::uuid', { idAfter: cursor.id });
    return toConnection(
      await query.getMany(),
      size,
      (m) => ({ value: '', id: m.id }),
      (m) => m,
    );
  }

  async send(
    viewer: Viewer,
    applicantId: string | undefined,
    body: string,
  ): Promise<ApplicationMessageEntity> {
    const asModerator = isModerator(viewer) && applicantId !== undefined;
    const id = asModerator ? applicantId : this.readableApplicantId(viewer, applicantId);
    await this.rateLimiter.consume(
      { name: 'application-messages', points: 30, durationSeconds: 3600 },
      viewer.memberId,
    );
    const { message, applicant, lastModerator } = await this.dataSource.transaction((manager) =>
      asModerator
        ? this.insertFromModerator(manager, viewer, id, body)
        : this.insertFromApplicant(manager, viewer, body),
    );
    const publicUrl = this.config.http.publicUrl;
    if (asModerator)
      this.mail.sendInBackground(applicationMessageEmails.toApplicant(applicant, body, publicUrl));
    else if (lastModerator)
      this.mail.sendInBackground(
        applicationMessageEmails.toModerator(lastModerator, applicant, body, publicUrl),
      );
    // Applicants have no socket (only ACTIVE members connect): they read it by email and on
    // their application page.
    this.events.publish({
      type: 'application.message',
      rooms: [MODERATORS_ROOM],
      socketEvent: {
        name: 'application:message',
        payload: { applicantId: applicant.id, messageId: message.id },
      },
    });
    return message;
  }

  /** Moderators read any application's exchange; anyone else only their own. */
  private readableApplicantId(viewer: Viewer, applicantId: string | undefined): string {
    if (applicantId === undefined || applicantId === viewer.memberId) return viewer.memberId;
    if (isModerator(viewer)) return applicantId;
    throw new NotFoundError('Application');
  }

  private async insertFromModerator(
    manager: EntityManager,
    viewer: Viewer,
    applicantId: string,
    body: string,
  ) {
    const applicant = await manager.findOneBy(MemberEntity, { id: applicantId });
    if (!applicant) throw new NotFoundError('Application');
    if (applicant.status !== MemberStatus.PENDING)
      throw new ConflictError(
        `This application was already decided (${applicant.status.toLowerCase()}).`,
      );
    const message = await this.insert(manager, applicantId, viewer.memberId, body);
    await this.audit.record(manager, {
      actorId: viewer.memberId,
      action: 'MESSAGE_APPLICANT',
      targetType: 'MEMBER',
      targetId: applicantId,
      details: { messageId: message.id },
    });
    return { message, applicant, lastModerator: null };
  }

  private async insertFromApplicant(manager: EntityManager, viewer: Viewer, body: string) {
    const applicant = await manager.findOneByOrFail(MemberEntity, { id: viewer.memberId });
    if (applicant.status !== MemberStatus.PENDING)
      throw new ConflictError('Your application was already decided: there is nothing to answer.');
    // Applicants answer the team; they cannot open an exchange nobody asked for.
    const lastFromTeam = await manager
      .createQueryBuilder(ApplicationMessageEntity, 'm')
      .where('m.applicant_id = :id AND m.author_id <> :id', { id: viewer.memberId })
      .orderBy('m.id', 'DESC')
      .getOne();
    if (!lastFromTeam)
      throw new ForbiddenError('You can answer once a moderator has written to you.');
    const message = await this.insert(manager, viewer.memberId, viewer.memberId, body);
    const lastModerator = await manager.findOneBy(MemberEntity, { id: lastFromTeam.authorId });
    return { message, applicant, lastModerator };
  }

  private async insert(
    manager: EntityManager,
    applicantId: string,
    authorId: string,
    body: string,
  ): Promise<ApplicationMessageEntity> {
    const row = manager.create(ApplicationMessageEntity, {
      id: uuidv7(),
      applicantId,
      authorId,
      body,
      createdAt: new Date(),
    });
    await manager.insert(ApplicationMessageEntity, row);
    return row;
  }
}
