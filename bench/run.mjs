// `npm run bench`: builds the API, seeds (or reuses) the community at 100 % and 10 %, then runs
// the read benchmark on the API and on the raw baseline, the growth comparison, the mixed-load
// ramp, and two API instances behind a load balancer with Redis; prints a summary table and
// writes every figure to dist/bench/. See bench/README.md.
//   npm run bench                 full run (the seeded cluster is kept in BENCH_PGDATA, default /var/tmp/wo-bench/pg)
//   npm run bench -- --smoke      scale 0.001, a few seconds per step, gates reported not enforced (CI)
//   options: --no-build, --only=reads,growth,ramp,scaleout, --steps=50,100,…, --seconds=60, --profile
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GATES, runRamp, runReads } from './load.mjs';
import { fmt, root, startCluster, startPlatform } from './lib/platform.mjs';
import { spawnProcess } from './lib/spawn.mjs';
import { spawnRawServer } from './lib/raw-server.mjs';
import { summariseProfile } from './lib/cpu-profile.mjs';
import { bulkFlags, ensureSeeded } from './seed.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) =>
  argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=') ?? fallback;
const smoke = argv.includes('--smoke');
const only = arg('only', 'reads,growth,ramp,scaleout').split(',');
const started = performance.now();
const log = (...a) => console.log(...a);
const uptime = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

const config = smoke
  ? {
      full: { name: 'wo_bench_smoke', scale: 0.001 },
      tenth: { name: 'wo_bench_smoke_tenth', scale: 0.0001 },
      readSeconds: 3,
      readConcurrency: 4,
      steps: [5, 10],
      stepSeconds: 4,
      warmSeconds: 1,
      thinkMs: 1000,
      scaleSteps: [10],
    }
  : {
      full: { name: 'wo_bench_full', scale: 1 },
      tenth: { name: 'wo_bench_tenth', scale: 0.1 },
      readSeconds: 30,
      readConcurrency: 8,
      steps: arg('steps', '10,25,50,100,200,400,800,1600').split(',').map(Number),
      stepSeconds: Number(arg('seconds', 60)),
      warmSeconds: 5,
      thinkMs: Number(arg('think', 5000)),
      scaleSteps: null, // the ramp's best step, and the next one
    };
if (!smoke && !process.env.BENCH_PGDATA && !process.env.DATABASE_URL)
  process.env.BENCH_PGDATA = '/var/tmp/wo-bench/pg';

// The API's env for every bench instance: sign-ins are all from 127.0.0.1 (the per-IP limit is
// lifted); everything else is as configured in production.
const apiEnv = { RATE_LIMIT_LOGIN_PER_15MIN: '1000000', DB_POOL_SIZE: '20', LOG_LEVEL: 'error' };
const results = { date: new Date().toISOString(), smoke, machine: machine(), load: {} };
results.load.start = uptime();
log(
  `bench ${smoke ? '(smoke) ' : ''}on ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memGiB} GiB; load average ${results.load.start}`,
);

if (
  !argv.includes('--no-build') ||
  !fs.existsSync(path.join(root, 'dist/api/apps/api/src/main.js'))
) {
  log('building the API (npx tsc -p apps/api/tsconfig.app.json)…');
  execFileSync('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json'], { cwd: root, stdio: 'inherit' });
}

const cluster = await startCluster({ flags: bulkFlags });
let failed = false;
try {
  const full = await ensureSeeded(cluster, config.full);
  const tenth = only.includes('growth') ? await ensureSeeded(cluster, config.tenth) : null;
  results.seed = { full: full.sizes, seededNow: full.seeded, tenth: tenth?.sizes };
  const pgPids = () => cluster.pids();

  // One API instance on the full data set serves the reads and then the ramp (with --profile, a
  // CPU profile of the API during the closed-loop reads, through the inspector over IPC).
  const profileDir = path.join(root, 'dist/bench/profile');
  const profiling = argv.includes('--profile');
  if (profiling) fs.rmSync(profileDir, { recursive: true, force: true });
  const api = await startPlatform(full.db.url, apiEnv, { probe: profiling });
  const warmUp = (platform, dbUrl) =>
    runReads({
      pids: () => [platform.pid],
      pgPids,
      url: platform.url,
      dbUrl,
      concurrency: config.readConcurrency,
      seconds: config.readSeconds,
      label: 'warm-up, not measured',
    });
  try {
    // 1. Reads, closed loop: the API, the raw server on the same data, the API on 10 %.
    if (only.includes('reads') || only.includes('growth')) {
      log(`\n[${elapsed()}] reads; load average ${uptime()}`);
      // Warm-up, not measured: the same sequence of reads (each client's generator is seeded),
      // so that the API and then the raw server both find these rows in PostgreSQL's cache.
      // Without it the API paid for reading them in and the raw server did not (PostgreSQL's
      // CPU per request looked three times the raw server's).
      await warmUp(api, full.db.url);
      if (profiling) await api.profileStart();
      results.reads = await runReads({
        pids: () => [api.pid],
        pgPids,
        url: api.url,
        dbUrl: full.db.url,
        concurrency: config.readConcurrency,
        seconds: config.readSeconds,
        label: `the API (${config.full.scale * 100} %)`,
      });
      if (profiling) {
        fs.mkdirSync(profileDir, { recursive: true });
        const file = await api.profileStop(path.join(profileDir, 'reads.cpuprofile'));
        results.profile = summariseProfile(file, log);
      }
      const raw = await spawnRawServer(full.db.url, { poolSize: 20 });
      try {
        results.raw = await runReads({
          pids: () => [raw.pid],
          pgPids,
          url: raw.url,
          dbUrl: full.db.url,
          concurrency: config.readConcurrency,
          seconds: config.readSeconds,
          label: 'the raw server (same SQL through pg)',
        });
      } finally {
        await raw.stop();
      }
    }
    // 2. The mixed-load ramp.
    if (only.includes('ramp')) {
      log(`\n[${elapsed()}] ramp; load average ${uptime()}`);
      results.ramp = await runRamp({
        targets: [api.url],
        dbUrl: full.db.url,
        pids: () => [api.pid],
        pgPids,
        steps: config.steps,
        stepSeconds: config.stepSeconds,
        warmSeconds: config.warmSeconds,
        thinkMs: config.thinkMs,
        keepGoing: smoke,
      });
    }
  } finally {
    await api.stop();
  }
  if (tenth) {
    log(`\n[${elapsed()}] growth; load average ${uptime()}`);
    const api10 = await startPlatform(tenth.db.url, apiEnv);
    try {
      await warmUp(api10, tenth.db.url);
      results.readsTenth = await runReads({
        pids: () => [api10.pid],
        pgPids,
        url: api10.url,
        dbUrl: tenth.db.url,
        concurrency: config.readConcurrency,
        seconds: config.readSeconds,
        label: `the API (${config.tenth.scale * 100} %)`,
      });
    } finally {
      await api10.stop();
    }
  }

  // 3. Two instances behind the proxy, with Redis; messages checked end to end.
  if (only.includes('scaleout')) {
    log(`\n[${elapsed()}] two instances; load average ${uptime()}`);
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const prefix = `wo-bench-${process.pid}:`;
    const env = { ...apiEnv, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
    const a = await startPlatform(full.db.url, env);
    const b = await startPlatform(full.db.url, { ...env, JOBS_WORKERS: 'false' });
    const proxy = await spawnProcess([path.join(root, 'bench/lib/proxy.mjs'), a.url, b.url]);
    try {
      const best = results.ramp?.best?.users;
      const steps = config.scaleSteps ?? (best ? [best, best * 2] : config.steps.slice(0, 3));
      results.scaleout = await runRamp({
        targets: [proxy.url],
        dbUrl: full.db.url,
        pids: () => [a.pid, b.pid],
        pgPids,
        steps,
        stepSeconds: config.stepSeconds,
        warmSeconds: config.warmSeconds,
        thinkMs: config.thinkMs,
        keepGoing: true,
      });
      results.scaleout.spread = await (await fetch(`${proxy.url}/__bench_stats`)).json();
      log(
        `load balancer: ${results.scaleout.spread.map((s, i) => `instance ${i + 1} ${s.requests} requests, ${s.upgrades} sockets`).join('; ')}`,
      );
    } finally {
      await proxy.stop();
      await a.stop();
      await b.stop();
    }
  }
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await cluster.stop();
}
results.load.end = uptime();
results.seconds = (performance.now() - started) / 1000;

summary();
fs.mkdirSync(path.join(root, 'dist/bench'), { recursive: true });
const out = path.join(root, 'dist/bench', `results-${smoke ? 'smoke' : 'full'}.json`);
fs.writeFileSync(out, JSON.stringify(results, null, 2));
log(
  `\nfigures: ${path.relative(root, out)}; ${elapsed()} in all; load average ${results.load.start} at the start, ${results.load.end} at the end`,
);

// Smoke: everything ran and reported, with zero errors (the gates are reported, not enforced).
const errors = [
  results.reads?.total.errors,
  results.raw?.total.errors,
  results.readsTenth?.total.errors,
  ...(results.ramp?.steps ?? []).map((s) => s.total.errors),
  ...(results.scaleout?.steps ?? []).map((s) => s.total.errors),
  results.ramp?.messages.lost,
  results.ramp?.messages.ackedNotStored,
  results.scaleout?.messages.lost,
  results.scaleout?.messages.ackedNotStored,
].reduce((a, b) => a + (b ?? 0), 0);
const ran = only.every(
  (o) =>
    ({
      reads: results.reads && results.raw,
      growth: results.readsTenth,
      ramp: results.ramp,
      scaleout: results.scaleout,
    })[o],
);
// A full run reports errors under load as figures; only the smoke run requires zero.
if (failed || (smoke && errors > 0) || !ran) {
  log(
    `bench FAILED: ${failed ? 'an error stopped it; ' : ''}${errors} errors or lost messages${ran ? '' : '; a part did not run'}`,
  );
  process.exit(1);
}
log('bench OK');

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpu: cpus[0]?.model.trim(),
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    kernel: os.release(),
  };
}

function summary() {
  const row = (...cells) => `| ${cells.join(' | ')} |`;
  log('\n## Summary');
  log(row('measure', 'figure'));
  log(row('---', '---'));
  log(
    row(
      'data set',
      results.seed
        ? `${results.seed.full.members} members, ${results.seed.full.threads} threads, ${results.seed.full.posts} posts, ${results.seed.full.messages} messages`
        : '—',
    ),
  );
  if (results.reads && results.raw) {
    log(
      row(
        `reads, API (${config.readConcurrency} clients, closed loop)`,
        `${results.reads.total.rate.toFixed(0)} req/s, p50 ${fmt(results.reads.total.p50)} / p95 ${fmt(results.reads.total.p95)} / p99 ${fmt(results.reads.total.p99)} ms`,
      ),
    );
    log(
      row(
        'reads, raw server (same SQL through pg)',
        `${results.raw.total.rate.toFixed(0)} req/s, p50 ${fmt(results.raw.total.p50)} / p95 ${fmt(results.raw.total.p95)} / p99 ${fmt(results.raw.total.p99)} ms`,
      ),
    );
    log(
      row(
        'API throughput / raw throughput',
        `${((results.reads.total.rate / results.raw.total.rate) * 100).toFixed(0)} %`,
      ),
    );
    const c = (r) =>
      `${fmt(r.cpuPerRequest.server)} ms server + ${fmt(r.cpuPerRequest.pg)} ms PostgreSQL`;
    log(
      row(
        'CPU per read: API / raw server',
        `${c(results.reads)} / ${c(results.raw)}; raw server CPU / API CPU ${(((results.raw.cpuPerRequest.server + results.raw.cpuPerRequest.pg) / (results.reads.cpuPerRequest.server + results.reads.cpuPerRequest.pg)) * 100).toFixed(0)} %`,
      ),
    );
  }
  if (results.reads && results.readsTenth) {
    log(
      row(
        `growth: p95 at 100 % / p95 at 10 % (all reads)`,
        `${fmt(results.reads.total.p95)} / ${fmt(results.readsTenth.total.p95)} ms = ${(results.reads.total.p95 / results.readsTenth.total.p95).toFixed(2)}`,
      ),
    );
    for (const r of results.reads.rows) {
      const t = results.readsTenth.rows.find((x) => x.op === r.op);
      if (t)
        log(
          row(
            `growth, ${r.op}`,
            `${fmt(r.p95)} / ${fmt(t.p95)} ms = ${(r.p95 / t.p95).toFixed(2)}`,
          ),
        );
    }
  }
  if (results.ramp) {
    for (const s of results.ramp.steps)
      log(
        row(
          `ramp, ${s.users} users`,
          `${s.total.rate.toFixed(0)} ops/s, avg ${fmt(s.total.avg)} ms, p99 ${fmt(s.total.p99)} ms, errors ${(s.total.errorRate * 100).toFixed(3)} %, API ${s.apiCores.toFixed(2)} cores / ${s.apiRssMiB.toFixed(0)} MiB, PostgreSQL ${s.pgCores.toFixed(2)} cores, load ${s.load[1].toFixed(1)}: ${s.pass ? 'pass' : 'fail'}`,
        ),
      );
    const last = results.ramp.steps.at(-1);
    if (last) {
      // Load-independent view: CPU per operation and each user's rate give the users one core holds.
      const perUser = last.total.rate / last.users;
      const cpu = last.cpuPerOp.api + last.cpuPerOp.pg;
      log(
        row(
          'CPU per operation in the ramp (API + PostgreSQL)',
          `${fmt(last.cpuPerOp.api)} + ${fmt(last.cpuPerOp.pg)} ms; ${perUser.toFixed(2)} operations per user per second → at most ${(1000 / (cpu * perUser)).toFixed(0)} users per fully available core`,
        ),
      );
    }
    const best = results.ramp.best;
    log(
      row(
        `users within the gates (p99 < ${GATES.p99} ms, avg < ${GATES.avg} ms, errors < ${GATES.errors * 100} %)`,
        best
          ? `${best.users} (${(best.users / results.machine.cpus).toFixed(0)} per vCPU, ${results.machine.cpus} vCPU shared by the API, PostgreSQL and the load generator)`
          : 'none of the steps',
      ),
    );
    const m = results.ramp.messages;
    log(
      row(
        'messages (ramp): sent / acked / stored once / lost / duplicated',
        `${m.sent} / ${m.acked} / ${m.acked - m.ackedNotStored} / ${m.lost} / ${m.duplicated}; delivery p95 ${fmt(m.latency.p95)} ms`,
      ),
    );
  }
  if (results.scaleout) {
    for (const s of results.scaleout.steps)
      log(
        row(
          `2 instances + proxy + Redis, ${s.users} users`,
          `${s.total.rate.toFixed(0)} ops/s, avg ${fmt(s.total.avg)} ms, p99 ${fmt(s.total.p99)} ms, errors ${s.total.errors}, APIs ${s.apiCores.toFixed(2)} cores: ${s.pass ? 'pass' : 'fail'}`,
        ),
      );
    const m = results.scaleout.messages;
    log(
      row(
        'messages (2 instances): sent / acked / stored once / lost / duplicated',
        `${m.sent} / ${m.acked} / ${m.acked - m.ackedNotStored} / ${m.lost} / ${m.duplicated} (${m.expectedDeliveries} deliveries checked)`,
      ),
    );
    log(
      row(
        'spread',
        results.scaleout.spread
          .map((s, i) => `instance ${i + 1}: ${s.requests} requests, ${s.upgrades} sockets`)
          .join('; '),
      ),
    );
  }
  log(row('load average (1 min) at start / end', `${results.load.start} / ${results.load.end}`));
}
