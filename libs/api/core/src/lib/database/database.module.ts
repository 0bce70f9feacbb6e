import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.tokens';
import { SqlLogger } from './sql-logger';

/**
 * The TypeORM connection. Entities come from each domain's `TypeOrmModule.forFeature`; the schema
 * only ever changes through migrations, which run before the app starts (see `runMigrations`).
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, SqlLogger],
      extraProviders: [SqlLogger],
      useFactory: (config: AppConfig, logger: SqlLogger) => {
        if (!config.database.url) throw new Error('DATABASE_URL was not resolved before start-up');
        return {
          type: 'postgres' as const,
          url: config.database.url,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          manualInitialization: config.database.connect === false,
          logger,
          logging: ['error', 'warn', 'query'] as const,
          maxQueryExecutionTime: 500,
          extra: { max: config.database.poolSize, application_name: 'wide-open' },
        };
      },
    }),
  ],
  providers: [SqlLogger],
  exports: [SqlLogger],
})
export class DatabaseModule {}
