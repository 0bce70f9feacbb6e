// Server memory per idle authenticated socket.io connection: V8 heap (after full garbage
// collections, asked over IPC from bench/lib/heap-probe.cjs) and RSS, before and after N
// clients connect, and after they leave again.
//   npx tsc -p apps/api/tsconfig.app.json && node bench/idle-sockets.mjs [clients]
// BENCH_SNAPSHOT=/some/dir writes V8 heap snapshots before and with the clients there
// (compare them with `node bench/lib/heap-diff.mjs before after clients`).
import * as os from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import { io } from 'socket.io-client';
import { sessionsFor, startDatabase, startPlatform } from './lib/platform.mjs';

const CLIENTS = Number(process.argv[2] ?? 2000);
const WARM_UP = 50;
const KiB = 1024;

const db = await startDatabase('wo_bench_sockets');
const platform = await startPlatform(db.url, { DB_POOL_SIZE: '10' }, { probe: true });
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const sockets = [];
const connect = async (tokens) => {
  const opened = [];
  for (let i = 0; i < tokens.length; i += 100)
    await Promise.all(
      tokens.slice(i, i + 100).map(
        (token) =>
          new Promise((resolve, reject) => {
            const s = io(platform.url, {
              path: '/socket.io',
              transports: ['websocket'],
              auth: { token },
              reconnection: false,
              forceNew: true,
            });
            s.once('connect', () => resolve());
            s.once('connect_error', reject);
            opened.push(s);
          }),
      ),
    );
  return opened;
};
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  await client.query(`INSERT INTO members (id, email, password_hash, handle, display_name, status, role, community_role, motivation)
    SELECT gen_random_uuid(), 'm' || i || '@example.org', 'x', 'm-' || i, 'Member ' || i, 'ACTIVE', 'MEMBER', 'PRACTITIONER', 'bench'
    FROM generate_series(1, ${CLIENTS + WARM_UP}) i`);
  const ids = (await client.query('SELECT id FROM members ORDER BY handle')).rows.map((r) => r.id);
  const tokens = await sessionsFor(client, ids);

  // Warm-up: the first connections compile code and fill caches that are not per connection.
  for (const s of await connect(tokens.slice(CLIENTS))) s.close();
  await settle(2000);

  const snapshots = process.env.BENCH_SNAPSHOT;
  if (snapshots) await platform.heapSnapshot(path.resolve(snapshots, `before.heapsnapshot`));
  const before = await platform.memory();
  const rssBefore = platform.rssMiB();
  const started = performance.now();
  sockets.push(...(await connect(tokens.slice(0, CLIENTS))));
  const seconds = (performance.now() - started) / 1000;
  await settle(3000);
  const idle = await platform.memory();
  const rssIdle = platform.rssMiB();
  if (snapshots)
    await platform.heapSnapshot(path.resolve(snapshots, `with-${CLIENTS}.heapsnapshot`));
  for (const s of sockets.splice(0)) s.close();
  await settle(3000);
  const after = await platform.memory();

  const per = (key) => (idle[key] - before[key]) / CLIENTS / KiB;
  const mib = (bytes) => (bytes / KiB / KiB).toFixed(1);
  console.log(
    `\n${CLIENTS} idle authenticated socket.io clients (websocket transport), connected in ${seconds.toFixed(1)} s; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('| server memory | before | with the clients | after they left | per connection |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label, key] of [
    ['V8 heap used (after full GC)', 'heapUsed'],
    ['external (buffers, zlib…)', 'external'],
  ])
    console.log(
      `| ${label} | ${mib(before[key])} MiB | ${mib(idle[key])} MiB | ${mib(after[key])} MiB | ${per(key).toFixed(1)} KiB |`,
    );
  console.log(
    `| RSS | ${rssBefore.toFixed(0)} MiB | ${rssIdle.toFixed(0)} MiB | | ${(((rssIdle - rssBefore) * KiB) / CLIENTS).toFixed(1)} KiB |`,
  );
} finally {
  for (const s of sockets) s.close();
  await client.end();
  await platform.stop();
  await db.stop();
}
