// Foundation benchmark: start-up time, and latency of the landing page's query, `me` and
// sign-in on the built platform with its embedded PostgreSQL. Not part of the test suite.
//   npx nx run-many -t build --projects=api,web && node bench/foundation.mjs
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = 3199;
const url = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-bench-'));
fs.chmodSync(dataDir, 0o755);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const gql = (query, variables, token) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());

async function measure(name, total, concurrency, work) {
  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t = performance.now();
        const body = await work();
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    name,
    requests: total,
    concurrency,
    rps: Math.round(total / seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

const started = performance.now();
const server = spawn(
  process.execPath,
  ['-r', './tools/scripts/register-dist-paths.cjs', 'dist/api/apps/api/src/main.js'],
  {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_LOGIN_PER_15MIN: '100000',
    },
    stdio: 'inherit',
  },
);
for (;;) {
  try {
    if ((await fetch(`${url}/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 50));
}
const startup = performance.now() - started;
try {
  const login = () =>
    gql('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', {
      e: 'aisha@demo.wide-open.org',
      p: 'tiers-lieux-demo',
    });
  const { data } = await login();
  const token = data.login.token;
  const landing =
    'query { places(first: 20) { edges { node { slug name city country kinds summary createdBy { handle } } } pageInfo { endCursor hasNextPage } } }';
  await measure('warm-up', 200, 10, () => gql(landing));
  const results = [
    await measure('places (landing page, anonymous)', 2000, 10, () => gql(landing)),
    await measure('me (signed in)', 2000, 10, () =>
      gql('{ me { id handle status role } }', {}, token),
    ),
    await measure('login (argon2id, 19 MiB)', 100, 2, login),
  ];
  const rss = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
  console.log(
    `\nstart-up with a new data directory (initdb, migrations, demo seed): ${Math.round(startup)} ms`,
  );
  console.log(`API process RSS after the run: ${Math.round(Number(rss) / 1024)} MiB`);
  console.log('| operation | requests | concurrency | req/s | p50 ms | p95 ms | p99 ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.requests} | ${r.concurrency} | ${r.rps} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} |`,
    );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
