import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  DomainEvents,
  InjectConfig,
  sessionRoom,
  type AppConfig,
  type SessionResolver,
  type Viewer,
} from '@wide-open/api/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { SessionEntity } from './entities/session.entity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: created at sign-in, checked on every request, revocable at once. */
@Injectable()
export class SessionsService implements SessionResolver {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectConfig() private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {}

  async create(memberId: string, userAgent?: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 86_400_000);
    await this.sessions.insert({
      id: uuidv7(),
      memberId,
      tokenHash: hashToken(token),
      expiresAt,
      revokedAt: null,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /**
   * One indexed query per request, sent as fixed SQL: it runs before every signed-in request,
   * so it skips the query builder.
   */
  async resolve(token: string): Promise<Viewer | null> {
    if (token.length > 100) return null;
    const [row] = await this.sessions.query<
      Array<{
        session_id: string;
        member_id: string;
        role: Viewer['role'];
        status: Viewer['status'];
      }>
    >(
      `SELECT s.id AS session_id, m.id AS member_id, m.role, m.status
         FROM sessions s JOIN members m ON m.id = s.member_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    );
    if (!row) return null;
    if (row.status !== MemberStatus.PENDING && row.status !== MemberStatus.ACTIVE) return null;
    return {
      sessionId: row.session_id,
      memberId: row.member_id,
      role: row.role,
      status: row.status,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.disconnect([sessionId], 'signed-out');
  }

  /** Ends every session of a member (suspension, role change, password change). */
  async revokeAllFor(memberId: string, reason: string): Promise<void> {
    const open = await this.sessions.find({
      select: { id: true },
      where: { memberId, revokedAt: IsNull() },
    });
    if (open.length === 0) return;
    await this.sessions.update({ memberId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.disconnect(
      open.map((s) => s.id),
      reason,
    );
  }

  private disconnect(sessionIds: string[], reason: string): void {
    this.events.publish({
      type: 'session.revoked',
      rooms: sessionIds.map(sessionRoom),
      socketEvent: { name: 'session:revoked', payload: { reason } },
      disconnect: true,
    });
  }
}
