import 'reflect-metadata';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  ConfigError,
  configureApp,
  loadConfigFromEnvironment,
  runMigrations,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '@wide-open/api/core';
import { migrations } from '@wide-open/migrations';
import { AppModule } from './app.module';

const logger = new Logger('Bootstrap');
const SHUTDOWN_GRACE_MS = 10_000;

async function bootstrap(): Promise<void> {
  const config = loadConfigFromEnvironment();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.database.url) {
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(config.dataDir, 'postgres'),
      port: config.database.embeddedPort,
      database: 'wide_open',
      logger,
    });
    config.database.url = embedded.url;
  }
  try {
    const applied = await runMigrations(config.database.url, migrations);
    if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);

    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
      bufferLogs: true,
    });
    configureApp(app, config);
    const server = app.getHttpServer();
    // Node closes idle connections after 5 s by default: a proxy reusing one at that moment
    // answers 502 (seen in bench/'s two-instance runs). Headers must time out after it.
    server.keepAliveTimeout = config.http.keepAliveSeconds * 1000;
    server.headersTimeout = server.keepAliveTimeout + 1000;
    await app.listen(config.http.port, config.http.host);
    logger.log(`Wide Open is listening on ${config.http.publicUrl}`);
    handleShutdown(async () => {
      // Stops accepting, lets requests finish, closes sockets, then the pool (TypeORM's hook).
      await app.close();
      await embedded?.stop();
      logger.log('Stopped');
    });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function handleShutdown(shutdown: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down`);
    const force = setTimeout(() => {
      logger.error(`Shutdown took over ${SHUTDOWN_GRACE_MS} ms; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

bootstrap().catch((error: unknown) => {
  // A configuration error is a message for a person, not a stack trace.
  logger.error(
    error instanceof ConfigError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
  process.exit(1);
});
