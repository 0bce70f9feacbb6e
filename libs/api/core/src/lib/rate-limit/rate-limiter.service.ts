import { Inject, Injectable, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors/app-errors';
import { REDIS_CLIENT } from '../redis/redis.tokens';

export interface RateLimitRule {
  /** Distinct name: limits with different names never share counters. */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * Named rate limits. In memory for a single instance; shared by every instance through Redis
 * when `REDIS_URL` is set, so a client cannot multiply its budget by hitting several instances.
 */
@Injectable()
export class RateLimiterService {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(@Optional() @Inject(REDIS_CLIENT) private readonly redis?: Redis) {}

  /** Counts one attempt for `key`; throws `RATE_LIMITED` once the rule's budget is spent. */
  async consume(rule: RateLimitRule, key: string): Promise<void> {
    try {
      await this.limiter(rule).consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      }
      throw error;
    }
  }

  /** Forgets `key`'s attempts (after a successful sign-in, for instance). */
  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.limiter(rule).delete(key);
  }

  private limiter(rule: RateLimitRule): RateLimiterAbstract {
    const id = `${rule.name}:${rule.points}:${rule.durationSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = {
        keyPrefix: `rl:${rule.name}`,
        points: rule.points,
        duration: rule.durationSeconds,
      };
      limiter = this.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.redis, useRedisPackage: false })
        : new RateLimiterMemory(options);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}
