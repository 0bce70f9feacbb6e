import {
  Global,
  Inject,
  Logger,
  Module,
  Optional,
  type OnApplicationShutdown,
} from '@nestjs/common';
import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.tokens';
import { REDIS_CLIENT } from './redis.tokens';

/** Provides a Redis client when `REDIS_URL` is set, and `null` otherwise (Redis is optional). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null => {
        if (!config.redis) return null;
        // The prefix keeps several deployments (or test runs) on one Redis apart.
        const client = new Redis(config.redis.url, {
          keyPrefix: config.redis.keyPrefix,
          maxRetriesPerRequest: 3,
          enableOfflineQueue: true,
        });
        const logger = new Logger('Redis');
        client.on('error', (error) => logger.warn(`Redis: ${error.message}`));
        return client;
      },
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(REDIS_CLIENT) private readonly client: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}
