// Messaging benchmark: N socket.io clients (default 2 000) in pairs, each sending at a fixed
// rate through `message:send`; reports delivery latency (stored, then received by the peer),
// throughput, lost and duplicated messages, and the server's memory per idle connection.
//   npx nx run-many -t build --projects=api,web && node bench/messaging.mjs [clients] [seconds] [intervalMs]
import pg from 'pg';
import { io } from 'socket.io-client';
import { summariseProfile } from './lib/cpu-profile.mjs';
import {
  cpuSince,
  cpuSnapshot,
  fmt,
  percentiles,
  sessionsFor,
  startDatabase,
  startPlatform,
} from './lib/platform.mjs';

const CLIENTS = Number(process.argv[2] ?? 2000);
const SECONDS = Number(process.argv[3] ?? 30);
const INTERVAL_MS = Number(process.argv[4] ?? 10_000);

const db = await startDatabase('wo_bench_messaging');
const platform = await startPlatform(
  db.url,
  { RATE_LIMIT_MESSAGES_PER_MINUTE: '100000', DB_POOL_SIZE: '30' },
  { probe: true }, // V8 heap after full GCs, over IPC (bench/lib/heap-probe.cjs)
);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const sockets = [];
try {
  await client.query(`INSERT INTO members (id, email, password_hash, handle, display_name, status, role, community_role, motivation)
    SELECT gen_random_uuid(), 'm' || i || '@example.org', 'x', 'm-' || i, 'Member ' || i, 'ACTIVE', 'MEMBER', 'PRACTITIONER', 'bench'
    FROM generate_series(1, ${CLIENTS}) i`);
  const ids = (await client.query('SELECT id FROM members ORDER BY handle')).rows.map((r) => r.id);
  const tokens = await sessionsFor(client, ids);
  // Pairs (0,1), (2,3)…: one conversation each.
  const conversations = [];
  for (let i = 0; i + 1 < ids.length; i += 2) conversations.push([ids[i], ids[i + 1]]);
  const created = await client.query(
    `INSERT INTO conversations (id, created_by, is_group, pair_key, last_message_at)
     SELECT gen_random_uuid(), a, false, least(a::text, b::text) || ':' || greatest(a::text, b::text), now()
       FROM unnest($1::uuid[], $2::uuid[]) AS x(a, b) RETURNING id, created_by`,
    [conversations.map((c) => c[0]), conversations.map((c) => c[1])],
  );
  const conversationOf = new Map(created.rows.map((r) => [r.created_by, r.id]));
  await client.query(
    `INSERT INTO conversation_participants (conversation_id, member_id)
     SELECT c.id, m FROM conversations c, LATERAL unnest(string_to_array(c.pair_key, ':')::uuid[]) AS m`,
  );

  const rssBefore = platform.rssMiB();
  const heapBefore = (await platform.memory()).heapUsed;
  const connectStarted = performance.now();
  for (let i = 0; i < CLIENTS; i += 100) {
    await Promise.all(
      tokens.slice(i, i + 100).map(
        (token, j) =>
          new Promise((resolve, reject) => {
            const s = io(platform.url, {
              path: '/socket.io',
              transports: ['websocket'],
              auth: { token },
              reconnection: false,
              forceNew: true,
            });
            s.data = { memberId: ids[i + j] };
            s.once('connect', () => resolve());
            s.once('connect_error', reject);
            sockets.push(s);
          }),
      ),
    );
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await new Promise((r) => setTimeout(r, 3000)); // let the server settle before reading memory
  const rssIdle = platform.rssMiB();
  const heapIdle = (await platform.memory()).heapUsed;

  const latencies = [];
  const received = new Map(); // clientMessageId -> times received by the peer
  let sent = 0;
  let acked = 0;
  let errors = 0;
  for (const s of sockets) {
    s.on('message:new', (m) => {
      if (m.author.id === s.data.memberId) return; // the sender's own echo
      received.set(m.clientMessageId, (received.get(m.clientMessageId) ?? 0) + 1);
      const sentAt = Number(m.clientMessageId.split('-')[1]);
      latencies.push(Date.now() - sentAt);
    });
  }
  // BENCH_PROFILE=file: a CPU profile of the API over the sending window (top frames printed).
  if (process.env.BENCH_PROFILE) await platform.profileStart();
  const cpuBefore = cpuSnapshot([platform.pid, ...db.pids()]);
  const apiBefore = cpuSnapshot([platform.pid]);
  const runStarted = performance.now();
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    sockets.map(async (s, i) => {
      const conversationId = conversationOf.get(ids[i - (i % 2)]);
      // Chatting, as in the web app: the conversation is open on screen, so its messages are
      // read there rather than notified (a member not watching gets one NEW_MESSAGE, and by
      // default its email, per conversation until read: 2 000 emails in the first seconds).
      await s.emitWithAck('conversation:watch', { conversationId });
      await new Promise((r) => setTimeout(r, Math.random() * INTERVAL_MS)); // spread the clients
      let n = 0;
      while (Date.now() < deadline) {
        const clientMessageId = `c${i}x${n++}-${Date.now()}`;
        sent += 1;
        try {
          const ack = await s
            .timeout(10_000)
            .emitWithAck('message:send', { conversationId, body: `hello ${n}`, clientMessageId });
          if (ack.message) acked += 1;
          else errors += 1;
        } catch {
          errors += 1;
        }
        await new Promise((r) => setTimeout(r, INTERVAL_MS));
      }
    }),
  );
  await new Promise((r) => setTimeout(r, 2000)); // last deliveries
  const seconds = (performance.now() - runStarted) / 1000;
  const apiCores = cpuSince(apiBefore, [platform.pid]) / 1000 / seconds;
  const allCores = cpuSince(cpuBefore, [platform.pid, ...db.pids()]) / 1000 / seconds;
  if (process.env.BENCH_PROFILE)
    summariseProfile(await platform.profileStop(process.env.BENCH_PROFILE), console.log, 20);
  const stored = Number((await client.query('SELECT count(*) FROM messages')).rows[0].count);
  const duplicates = [...received.values()].filter((n) => n > 1).length;
  const lost = acked - [...received.keys()].length;
  const p = percentiles(latencies);
  console.log(
    `\n${CLIENTS} socket clients (${CLIENTS / 2} conversations), one message per client every ${INTERVAL_MS / 1000} s for ${SECONDS} s`,
  );
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| connections opened | ${sockets.length} in ${connectSeconds.toFixed(1)} s |`);
  console.log(
    `| server RSS before / with idle connections | ${rssBefore.toFixed(0)} / ${rssIdle.toFixed(0)} MiB |`,
  );
  console.log(
    `| server heap before / with idle connections | ${(heapBefore / 2 ** 20).toFixed(0)} / ${(heapIdle / 2 ** 20).toFixed(0)} MiB |`,
  );
  console.log(
    `| server memory per idle connection | ${((heapIdle - heapBefore) / 1024 / CLIENTS).toFixed(1)} KiB of V8 heap, ${(((rssIdle - rssBefore) * 1024) / CLIENTS).toFixed(1)} KiB of RSS |`,
  );
  console.log(`| messages sent / acknowledged / stored | ${sent} / ${acked} / ${stored} |`);
  console.log(`| throughput | ${(acked / seconds).toFixed(0)} messages/s |`);
  console.log(
    `| CPU while sending | the API ${apiCores.toFixed(2)} cores, with PostgreSQL ${allCores.toFixed(2)} |`,
  );
  console.log(
    `| delivery latency p50 / p95 / p99 / max | ${fmt(p.p50)} / ${fmt(p.p95)} / ${fmt(p.p99)} / ${fmt(p.max)} ms |`,
  );
  console.log(`| lost / duplicated / errors | ${lost} / ${duplicates} / ${errors} |`);
} finally {
  for (const s of sockets) s.close();
  await client.end();
  await platform.stop();
  await db.stop();
}
