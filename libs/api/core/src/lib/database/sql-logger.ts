import { Injectable, Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

type QueryListener = (sql: string) => void;

/**
 * Routes TypeORM's logs to the app logger, and lets tests count the SQL a request issues
 * (the N+1 guard in the integration suites).
 */
@Injectable()
export class SqlLogger implements TypeOrmLogger {
  private readonly logger = new Logger('SQL');
  private readonly listeners = new Set<QueryListener>();

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  logQuery(query: string): void {
    for (const listener of this.listeners) listener(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error(`${String(error)} in: ${query}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query}`);
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
