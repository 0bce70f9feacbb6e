import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SESSION_RESOLVER } from '@wide-open/api/core';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { ApplicationMessageEntity } from './application-messages/application-message.entity';
import { ApplicationMessagesResolver } from './application-messages/application-messages.resolver';
import { ApplicationMessagesService } from './application-messages/application-messages.service';
import { MemberEntity } from './entities/member.entity';
import { SessionEntity } from './entities/session.entity';
import { MemberLoader } from './loaders/member.loader';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';

/** Members, sessions and the membership flow. Global because core's guard resolves sessions here. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MemberEntity, SessionEntity, ApplicationMessageEntity])],
  providers: [
    AccountsResolver,
    AccountsService,
    AdminBootstrapService,
    ApplicationMessagesResolver,
    ApplicationMessagesService,
    MemberLoader,
    MembershipResolver,
    MembershipService,
    PasswordService,
    SessionsService,
    { provide: SESSION_RESOLVER, useExisting: SessionsService },
  ],
  exports: [SESSION_RESOLVER, SessionsService, MemberLoader, PasswordService, TypeOrmModule],
})
export class AccountsModule {}
