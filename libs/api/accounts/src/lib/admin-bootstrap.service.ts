import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { InjectConfig, type AppConfig } from '@wide-open/api/core';
import { CommunityRole, MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import { MemberEntity } from './entities/member.entity';
import { handleFromName } from './handles';
import { PasswordService } from './password.service';

/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD set, makes sure an ACTIVE ADMIN with those credentials
 * exists at every start (creating it, or restoring its role, status and password).
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrapService.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const passwordHash = await this.passwords.hash(admin.password);
    await this.dataSource.transaction(async (manager) => {
      // Serialises concurrent starts of several instances.
      await manager.query('SELECT pg_advisory_xact_lock(7331002)');
      const existing = await manager.findOneBy(MemberEntity, { email: admin.email });
      if (existing) {
        await manager.update(
          MemberEntity,
          { id: existing.id },
          { role: MemberRole.ADMIN, status: MemberStatus.ACTIVE, passwordHash },
        );
        return;
      }
      const base = handleFromName(admin.email.split('@')[0]);
      const taken = await manager.existsBy(MemberEntity, { handle: base });
      await manager.insert(MemberEntity, {
        id: uuidv7(),
        email: admin.email,
        passwordHash,
        handle: taken ? `${base}-admin` : base,
        displayName: 'Wide Open admin',
        status: MemberStatus.ACTIVE,
        role: MemberRole.ADMIN,
        communityRole: CommunityRole.PRACTITIONER,
        motivation: 'Bootstrap administrator (ADMIN_EMAIL).',
        decidedAt: new Date(),
      });
      this.logger.log(`Created the admin account ${admin.email}`);
    });
  }
}
