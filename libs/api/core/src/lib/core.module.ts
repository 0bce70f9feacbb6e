import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { HttpErrorFilter } from './http/http-error.filter';
import { GraphQLModule } from '@nestjs/graphql';
import { PassportModule } from '@nestjs/passport';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.tokens';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseModule } from './database/database.module';
import { AuditLogService } from './audit/audit-log.service';
import { ModerationActionEntity } from './audit/moderation-action.entity';
import { AccessGuard } from './auth/access.guard';
import { AccessPolicyVerifier } from './auth/access-policy.verifier';
import { SessionStrategy } from './auth/session.strategy';
import { DomainEvents } from './events/domain-events';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthController } from './http/health.controller';
import { MemberErasure } from './erasure/member-erasure.service';
import { JobQueue } from './jobs/job-queue.service';
import { MailService } from './mail/mail.service';
import { PlatformSettingsResolver } from './platform/platform-settings.resolver';
import { RateLimiterService } from './rate-limit/rate-limiter.service';
import { RealtimeGateway } from './realtime/realtime.gateway';
import { RedisModule } from './redis/redis.module';

/**
 * Cross-cutting infrastructure, shared by every domain: configuration, logging, database,
 * GraphQL, authentication and access policy, rate limits, mail, domain events and sockets.
 * The accounts domain provides `SESSION_RESOLVER`, which the guard and the gateway use.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    const configProvider = { provide: APP_CONFIG, useValue: config };
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        {
          module: ConfigHolder,
          providers: [configProvider],
          exports: [configProvider],
          global: true,
        },
        DatabaseModule,
        TypeOrmModule.forFeature([ModerationActionEntity]),
        RedisModule,
        DiscoveryModule,
        PassportModule.register({ session: false }),
        GraphQLModule.forRoot(graphqlOptions(config)),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        AccessPolicyVerifier,
        SessionStrategy,
        AuditLogService,
        DomainEvents,
        JobQueue,
        MailService,
        MemberErasure,
        PlatformSettingsResolver,
        RateLimiterService,
        RealtimeGateway,
      ],
      exports: [
        AuditLogService,
        DomainEvents,
        JobQueue,
        MailService,
        MemberErasure,
        RateLimiterService,
        RealtimeGateway,
        DatabaseModule,
      ],
    };
  }
}

/** Holds the validated configuration so that every module, the database's included, can inject it. */
@Module({})
class ConfigHolder {}
