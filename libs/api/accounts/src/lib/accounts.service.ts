import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  BadInputError,
  ConflictError,
  DomainEvents,
  ForbiddenError,
  InjectConfig,
  isUniqueViolation,
  MailService,
  MODERATORS_ROOM,
  NotFoundError,
  RateLimiterService,
  UnauthenticatedError,
  type AppConfig,
  type Viewer,
} from '@wide-open/api/core';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { accountEmails } from './account-emails';
import type { RegisterInput } from './dto/register.input';
import { MemberEntity } from './entities/member.entity';
import { handleFromName } from './handles';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  member: MemberEntity;
}

interface ClientInfo {
  ip: string;
  userAgent?: string;
}

/** Applying, signing in and out. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiterService,
    private readonly mail: MailService,
    private readonly events: DomainEvents,
  ) {}

  private get registerRule() {
    return {
      name: 'register',
      points: this.config.rateLimits.registerPerHour,
      durationSeconds: 3600,
    };
  }
  private get loginRule() {
    return { name: 'login', points: this.config.rateLimits.loginPer15Min, durationSeconds: 900 };
  }

  /** Creates a PENDING member and signs them in, so they can follow their application. */
  async register(input: RegisterInput, client: ClientInfo): Promise<SignedIn> {
    const weakness = this.passwords.weakness(input.password, [input.email, input.displayName]);
    if (weakness) throw new BadInputError({ password: weakness });
    await this.rateLimiter.consume(this.registerRule, client.ip);

    if (await this.members.exists({ where: { email: input.email } })) {
      throw new ConflictError('An account already exists with this email.', {
        email: 'is already registered; sign in instead',
      });
    }
    if (input.handle && (await this.members.exists({ where: { handle: input.handle } }))) {
      throw new ConflictError('This handle is taken.', { handle: 'is already taken' });
    }
    const member = this.members.create({
      id: uuidv7(),
      email: input.email,
      passwordHash: await this.passwords.hash(input.password),
      handle: input.handle ?? (await this.freeHandle(handleFromName(input.displayName))),
      displayName: input.displayName,
      status: MemberStatus.PENDING,
      role: MemberRole.MEMBER,
      communityRole: input.communityRole,
      sector: input.sector ?? null,
      locale: input.locale ?? 'en',
      motivation: input.motivation,
    });
    try {
      await this.members.insert(member);
    } catch (error) {
      // Two registrations raced past the checks above: the unique indexes decide.
      if (isUniqueViolation(error)) {
        throw new ConflictError('An account already exists with this email or handle.', {
          [String((error as { constraint?: string }).constraint).includes('handle')
            ? 'handle'
            : 'email']: 'is already registered',
        });
      }
      throw error;
    }
    const saved = await this.members.findOneByOrFail({ id: member.id });
    this.announceApplication(saved);
    const session = await this.sessions.create(saved.id, client.userAgent);
    return { ...session, member: saved };
  }

  async login(email: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const key = `${client.ip}|${email}`;
    await this.rateLimiter.consume(this.loginRule, key);
    const member = await this.members.findOne({ where: { email } });
    const valid = await this.passwords.verify(member?.passwordHash, password);
    if (!member || !valid) throw new UnauthenticatedError('Email or password is incorrect.');
    await this.rateLimiter.reset(this.loginRule, key);
    this.refuseBlockedMember(member);
    if (member.status === MemberStatus.SUSPENDED) {
      // The suspension ran out: the member is active again from this sign-in on.
      await this.members.update(
        { id: member.id },
        { status: MemberStatus.ACTIVE, suspensionReason: null, suspendedUntil: null },
      );
      member.status = MemberStatus.ACTIVE;
    }
    const session = await this.sessions.create(member.id, client.userAgent);
    return { ...session, member };
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.sessions.revoke(viewer.sessionId);
  }

  async me(viewer: Viewer): Promise<MemberEntity> {
    const member = await this.members.findOneBy({ id: viewer.memberId });
    if (!member) throw new NotFoundError('Member');
    return member;
  }

  /** REJECTED and SUSPENDED members are told why they cannot sign in. */
  private refuseBlockedMember(member: MemberEntity): void {
    if (member.status === MemberStatus.REJECTED) {
      throw new ForbiddenError(
        `Your application was not accepted: ${member.decisionMessage ?? ''}`.trim(),
        {
          status: member.status,
          reason: member.decisionMessage,
        },
      );
    }
    if (member.status === MemberStatus.SUSPENDED) {
      const stillSuspended = !member.suspendedUntil || member.suspendedUntil > new Date();
      if (stillSuspended) {
        const until = member.suspendedUntil ? ` until ${member.suspendedUntil.toISOString()}` : '';
        throw new ForbiddenError(
          `Your account is suspended${until}: ${member.suspensionReason ?? ''}`.trim(),
          {
            status: member.status,
            reason: member.suspensionReason,
            until: member.suspendedUntil?.toISOString() ?? null,
          },
        );
      }
    }
  }

  private async freeHandle(base: string): Promise<string> {
    const taken = new Set(
      (
        await this.dataSource.query<{ handle: string }[]>(
          `SELECT handle FROM members WHERE handle = $1 OR handle LIKE $2`,
          [base, `${base}-%`],
        )
      ).map((r) => r.handle),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  /**
   * Tells the applicant it arrived, and moderators (live badge) that it waits; the notifications
   * domain turns `application.created` into NEW_APPLICATION, emailed as each moderator chose.
   */
  private announceApplication(applicant: MemberEntity): void {
    const url = this.config.http.publicUrl;
    this.mail.sendInBackground(accountEmails.applicationReceived(applicant, url));
    this.events.publish({
      type: 'application.created',
      rooms: [MODERATORS_ROOM],
      socketEvent: { name: 'application:new', payload: { memberId: applicant.id } },
      data: { memberId: applicant.id },
    });
  }
}
