// Starts the built app for the browser tests, on a throwaway data directory (embedded PostgreSQL
// on a free port, email outbox) or, when DATABASE_URL is set, on a fresh database created on that
// server for this run. It never builds: dist/api and dist/web must exist. SIGTERM/SIGINT stop the
// API (which stops its PostgreSQL) and remove what this run created.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const port = process.env.E2E_PORT ?? '3300';
const main = join(root, 'dist/api/apps/api/src/main.js');
for (const required of [main, join(root, 'dist/web/index.html')]) {
  if (!existsSync(required)) {
    console.error(`e2e-server: ${required} is missing; build the api and web first.`);
    process.exit(1);
  }
}

// playwright.config.ts chooses the directory (E2E_DATA_DIR) so the tests can read the outbox.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'wide-open-e2e-'));
mkdirSync(dataDir, { recursive: true });
// PostgreSQL runs as user postgres when we are root: it must be able to enter the directory.
chmodSync(dataDir, 0o755);

let databaseUrl;
let dropDatabase = () => undefined;
if (process.env.DATABASE_URL) {
  const name = `wide_open_e2e_${Date.now()}_${process.pid}`;
  const admin = new URL(process.env.DATABASE_URL);
  const psql = (sql) =>
    spawnSync('psql', [admin.toString(), '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: 'inherit' });
  if (psql(`CREATE DATABASE ${name}`).status !== 0) process.exit(1);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dropDatabase = () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

const api = spawn(process.execPath, ['-r', './tools/scripts/register-dist-paths.cjs', main], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: '0',
    SEED_DEMO: 'true',
    ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.wide-open.test',
    ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password',
    // Parallel journeys sign the same demo moderator in many times from one address.
    RATE_LIMIT_LOGIN_PER_15MIN: '1000',
    RATE_LIMIT_REGISTER_PER_HOUR: '1000',
    // Parallel journeys post as the same demo members (new this week) within a minute.
    RATE_LIMIT_POSTS_PER_MINUTE: '1000',
    RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: '1000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    WEB_DIST: 'dist/web',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  },
});

let stopping = false;
function cleanUp() {
  dropDatabase();
  if (!process.env.E2E_KEEP_DATA) {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
function stop(signal) {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
  // The API stops its PostgreSQL on SIGTERM; do not wait forever if it hangs.
  setTimeout(() => api.kill('SIGKILL'), 15000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGTERM'));
api.on('exit', (code, signal) => {
  cleanUp();
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
