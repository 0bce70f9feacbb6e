import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MemberEntity, PasswordService } from '@wide-open/api/accounts';
import {
  BadInputError,
  ConflictError,
  DomainEvents,
  InjectConfig,
  memberRoom,
  MemberErasure,
  NotFoundError,
  RateLimiterService,
  type AppConfig,
  type Viewer,
} from '@wide-open/api/core';
import { UploadsService, type ImageVariant } from '@wide-open/api/uploads';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { ExportFiles } from '../exports/export-files';

/** A password hash no argon2 verification can ever match. */
const VOID_PASSWORD = '!account-deleted';

/** Unusable, unique stand-ins: `.invalid` is reserved (RFC 2606); `~` is never in a real handle. */
export const deletedEmail = (memberId: string) => `deleted-${memberId}@deleted.invalid`;
export const deletedHandle = (memberId: string) =>
  `~deleted-${memberId.replace(/-/g, '').slice(-20)}`;

interface Leftovers {
  uploads: Array<{ variants: Record<string, ImageVariant> }>;
  exportKeys: Array<string | null>;
  afterCommit: () => void;
}

/**
 * "Delete my account": after the password, one transaction removes the personal data and marks
 * the member DELETED; what they published stays, signed "former member". Sessions end at once
 * and open sockets are disconnected. The moderation log is append-only and keeps its entries.
 */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly rateLimiter: RateLimiterService,
    private readonly events: DomainEvents,
    private readonly uploads: UploadsService,
    private readonly exportFiles: ExportFiles,
    private readonly erasure: MemberErasure,
  ) {}

  async delete(viewer: Viewer, password: string): Promise<void> {
    // Same budget as signing in: this endpoint must not become a way to guess passwords.
    await this.rateLimiter.consume(
      {
        name: 'delete-account',
        points: this.config.rateLimits.loginPer15Min,
        durationSeconds: 900,
      },
      viewer.memberId,
    );
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .findOneBy({ id: viewer.memberId });
    if (!member || member.status === MemberStatus.DELETED) throw new NotFoundError('Member');
    if (!(await this.passwords.verify(member.passwordHash, password))) {
      throw new BadInputError({ password: 'is not your current password' });
    }

    const leftovers = await this.dataSource.transaction((manager) =>
      this.erase(manager, member.id),
    );
    leftovers.afterCommit();

    // Sessions are gone from the database already; now close the open sockets.
    this.events.publish({
      type: 'session.revoked',
      rooms: [memberRoom(member.id)],
      socketEvent: { name: 'session:revoked', payload: { reason: 'account-deleted' } },
      disconnect: true,
    });
    await this.removeFiles(member.id, leftovers);
  }

  private async erase(manager: EntityManager, memberId: string): Promise<Leftovers> {
    // Lock the member, and with it any concurrent deletion or role change of this account.
    const [locked] = await manager.query<Array<{ role: MemberRole; status: MemberStatus }>>(
      `SELECT role, status FROM members WHERE id = $1 FOR UPDATE`,
      [memberId],
    );
    if (!locked || locked.status === MemberStatus.DELETED) throw new NotFoundError('Member');
    if (locked.role === MemberRole.ADMIN) {
      // Locks every other active admin too: two last admins cannot leave at the same moment.
      const others = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM members WHERE role = $1 AND status = $2 AND id <> $3 FOR UPDATE`,
        [MemberRole.ADMIN, MemberStatus.ACTIVE, memberId],
      );
      if (others.length === 0) {
        throw new ConflictError(
          'You are the last administrator: give the ADMIN role to someone else before deleting your account.',
        );
      }
    }

    // Their unpublished stories go; published ones stay, signed "former member".
    await manager.query(`DELETE FROM stories WHERE author_id = $1 AND status = 'DRAFT'`, [
      memberId,
    ]);
    // Uploads not shown to others (avatars, drafts; not a place's gallery, an event's cover or a
    // published story's cover): rows now, files after commit.
    const [uploads] = await manager.query<
      [Array<{ variants: Record<string, ImageVariant> }>, number]
    >(
      `DELETE FROM uploads u WHERE u.owner_id = $1
         AND NOT EXISTS (SELECT 1 FROM place_photos pp WHERE pp.upload_id = u.id)
         AND NOT EXISTS (SELECT 1 FROM events e WHERE e.cover_upload_id = u.id)
         AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.cover_upload_id = u.id)
       RETURNING u.variants`,
      [memberId],
    );
    const [exportRows] = await manager.query<[Array<{ file_key: string | null }>, number]>(
      `DELETE FROM data_exports WHERE member_id = $1 RETURNING file_key`,
      [memberId],
    );
    for (const sql of [
      `DELETE FROM sessions WHERE member_id = $1`,
      `DELETE FROM notifications WHERE member_id = $1`,
      `DELETE FROM place_followers WHERE member_id = $1`,
      `DELETE FROM journal_followers WHERE member_id = $1`,
      `DELETE FROM place_members WHERE member_id = $1`,
      `DELETE FROM thread_subscriptions WHERE member_id = $1`,
      `DELETE FROM member_blocks WHERE blocker_id = $1 OR blocked_id = $1`,
    ]) {
      await manager.query(sql, [memberId]);
    }
    await this.deleteIfTableExists(manager, 'notification_preferences', memberId);
    // Other domains' traces (event answers, with their seats given to the waiting list).
    const afterCommit = await this.erasure.eraseWithin(manager, memberId);

    await manager.update(
      MemberEntity,
      { id: memberId },
      {
        email: deletedEmail(memberId),
        passwordHash: VOID_PASSWORD,
        handle: deletedHandle(memberId),
        displayName: '',
        status: MemberStatus.DELETED,
        role: MemberRole.MEMBER,
        sector: null,
        headline: null,
        bio: null,
        city: null,
        country: null,
        languages: [],
        skills: [],
        interests: [],
        links: [],
        avatarUrl: null,
        avatarUploadId: null,
        motivation: '',
        decisionMessage: null,
        suspensionReason: null,
        suspendedUntil: null,
        deletedAt: new Date(),
      },
    );
    return { uploads, exportKeys: exportRows.map((e) => e.file_key), afterCommit };
  }

  /** Tables other features add (notification preferences) are cleared when they exist. */
  private async deleteIfTableExists(
    manager: EntityManager,
    table: string,
    memberId: string,
  ): Promise<void> {
    const [{ present }] = await manager.query<Array<{ present: boolean }>>(
      `SELECT to_regclass($1) IS NOT NULL AS present`,
      [`public.${table}`],
    );
    if (present) await manager.query(`DELETE FROM "${table}" WHERE member_id = $1`, [memberId]);
  }

  private async removeFiles(memberId: string, leftovers: Leftovers): Promise<void> {
    try {
      await this.uploads.removeFiles(leftovers.uploads);
      await this.exportFiles.remove(leftovers.exportKeys);
    } catch (error) {
      // The rows are gone, so nothing links to these files any more; log for the operator.
      this.logger.error(`Files of deleted member ${memberId} not all removed: ${String(error)}`);
    }
  }
}
