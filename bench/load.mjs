// Mixed workload of community members over HTTP (the web app's own GraphQL documents) and
// socket.io, with a fixed ramp of simulated users; finds the largest step within the gates
// (p99 < 500 ms, average < 50 ms, errors < 0.025 %). Also the closed-loop read benchmark used
// for the raw baseline and the growth figures. Usually run by bench/run.mjs (`npm run bench`);
// alone, against a seeded database and a running API:
//   node bench/load.mjs --url=http://127.0.0.1:3000 --db=postgres://… [--steps=50,100,200] [--seconds=60]
import * as fs from 'node:fs';
import * as os from 'node:os';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { gql, newAgent, openSocket, post, signIn } from './lib/client.mjs';
import { cpuSince, cpuSnapshot, fmt, percentiles } from './lib/platform.mjs';
import { generator, rare, words } from './lib/text.mjs';
import { BENCH_PASSWORD, memberEmail } from './seed.mjs';

export const GATES = { p99: 500, avg: 50, errors: 0.025 / 100 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Ids the simulated users act on, read once from the seeded database. */
export async function loadFixtures(dbUrl, users) {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const members = (
      await c.query(`SELECT id, handle FROM members WHERE handle = ANY($1)`, [
        Array.from({ length: users }, (_, i) => `member-${i}`),
      ])
    ).rows;
    const idOf = new Map(members.map((m) => [Number(m.handle.slice(7)), m.id]));
    // Each member's most recent conversations, with the other participants.
    const conversations = (
      await c.query(
        `SELECT cp.member_id, x.id, x.others FROM conversation_participants cp
           CROSS JOIN LATERAL (
             SELECT c.id, array(SELECT o.member_id FROM conversation_participants o
                                 WHERE o.conversation_id = c.id AND o.member_id <> cp.member_id AND o.left_at IS NULL) AS others
               FROM conversations c WHERE c.id = cp.conversation_id) x
          WHERE cp.member_id = ANY($1) AND cp.left_at IS NULL`,
        [members.map((m) => m.id)],
      )
    ).rows;
    const byMember = new Map();
    for (const r of conversations) {
      if (!byMember.has(r.member_id)) byMember.set(r.member_id, []);
      byMember.get(r.member_id).push({ id: r.id, others: r.others });
    }
    const hot = (
      await c.query(
        `SELECT id FROM threads WHERE hidden_at IS NULL ORDER BY last_post_at DESC LIMIT 300`,
      )
    ).rows.map((r) => r.id);
    const any = (
      await c.query(`SELECT id FROM threads WHERE hidden_at IS NULL ORDER BY random() LIMIT 300`)
    ).rows.map((r) => r.id);
    const places = (await c.query(`SELECT slug FROM places WHERE hidden_at IS NULL`)).rows.map(
      (r) => r.slug,
    );
    return { idOf, byMember, threads: [...hot, ...hot, ...any], places };
  } finally {
    await c.end();
  }
}

/** What a search box receives: common words, long-tail terms, rare words, two words. */
const searchTerm = (r) => {
  const x = r();
  if (x < 0.45) return words[Math.floor(r() * 40)];
  if (x < 0.75) return `terme${100 + Math.floor(r() * 4000)}`;
  if (x < 0.85) return rare[Math.floor(r() * rare.length)];
  return `${words[Math.floor(r() * 40)]} ${words[Math.floor(r() * words.length)]}`;
};

/** The six reads the benches compare (API and raw server): name → (random, fixtures, user) → request. */
export const reads = {
  Threads: () => ({ first: 20 }),
  ThreadPosts: (r, f) => ({ id: f.threads[Math.floor(r() * f.threads.length)], first: 25 }),
  SearchPosts: (r) => ({ query: searchTerm(r), first: 20 }),
  Place: (r, f) => ({ slug: f.places[Math.floor(r() * f.places.length)] }),
  Conversations: () => ({ first: 20 }),
  Conversation: (r, f, user) => {
    const list = f.byMember.get(user.id) ?? [];
    return list.length ? { id: list[Math.floor(r() * list.length)].id, first: 30 } : null;
  },
};

/** Per-operation samples for a measurement window. */
class Recorder {
  constructor() {
    this.reset();
  }
  reset() {
    this.ops = new Map();
    this.started = performance.now();
  }
  add(op, ms, ok) {
    if (!this.ops.has(op)) this.ops.set(op, { ms: [], errors: 0 });
    const o = this.ops.get(op);
    if (ok) o.ms.push(ms);
    else o.errors += 1;
  }
  async time(op, work) {
    const t = performance.now();
    try {
      const v = await work();
      this.add(op, performance.now() - t, true);
      return v;
    } catch (e) {
      this.add(op, performance.now() - t, false);
      this.lastError = `${op}: ${e.message}`;
      return undefined;
    }
  }
  /** Summary per operation and over all of them (operations in `exclude` are left out of "all"). */
  summary(exclude = []) {
    const seconds = (performance.now() - this.started) / 1000;
    const rows = [];
    const all = [];
    let errors = 0;
    for (const [op, o] of [...this.ops].sort()) {
      const n = o.ms.length + o.errors;
      const avg = o.ms.reduce((a, b) => a + b, 0) / (o.ms.length || 1);
      rows.push({ op, n, rate: n / seconds, avg, errors: o.errors, ...percentiles(o.ms) });
      if (!exclude.includes(op)) {
        all.push(...o.ms);
        errors += o.errors;
      }
    }
    const n = all.length + errors;
    const total = {
      op: 'all',
      n,
      rate: n / seconds,
      avg: all.reduce((a, b) => a + b, 0) / (all.length || 1),
      errors,
      errorRate: n ? errors / n : 0,
      ...percentiles(all),
    };
    return { seconds, rows, total };
  }
}

const opTable = (rows) =>
  [
    '| operation | n | per s | avg ms | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (o) =>
        `| ${o.op} | ${o.n} | ${o.rate.toFixed(1)} | ${fmt(o.avg)} | ${fmt(o.p50)} | ${fmt(o.p95)} | ${fmt(o.p99)} | ${o.errors} |`,
    ),
  ].join('\n');

const rssMiB = (pid) => {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;
  } catch {
    return 0;
  }
};

/**
 * The ramp: users are added (signed in, socket opened) up to each step's number, then the step
 * is measured for `stepSeconds`. Each user repeats: think (`thinkMs` ± 50 %), then one action —
 * the home feed, a thread (the thread and its posts, as the page asks them), a search, a place,
 * the conversations, a conversation, or a message (typing, then `message:send` with its ack);
 * a received message is marked read 1 to 3 s later half the time. Stops after the first step
 * outside the gates unless `keepGoing`.
 * `targets`: API base URLs; users are spread over them in turn. `pids()`: the API processes.
 */
export async function runRamp({
  targets,
  dbUrl,
  pids = () => [],
  pgPids = () => [],
  steps,
  stepSeconds,
  warmSeconds = 5,
  thinkMs = 5000,
  keepGoing = false,
  log = console.log,
  runId = Date.now().toString(36),
}) {
  const maxUsers = steps.at(-1);
  const fixtures = await loadFixtures(dbUrl, maxUsers);
  const recorder = new Recorder();
  const users = [];
  const online = new Set(); // member ids with an open socket
  const sentAt = new Map(); // clientMessageId → { at, expected: Set of recipients }
  const acked = new Set();
  const deliveries = new Map(); // clientMessageId → Map(recipient → times)
  const delivery = [];
  let running = true;
  let seq = 0;

  const act = async (user, r) => {
    const url = user.url;
    const opts = { cookie: user.cookie, agent: user.agent };
    const x = r();
    const read = (name) => {
      const variables = reads[name](r, fixtures, user);
      if (!variables) return undefined;
      return recorder.time(name, () => gql(url, name, variables, opts));
    };
    if (x < 0.25) await read('Threads');
    else if (x < 0.45) {
      const id = fixtures.threads[Math.floor(r() * fixtures.threads.length)];
      await Promise.all([
        recorder.time('Thread', () => gql(url, 'Thread', { id }, opts)),
        recorder.time('ThreadPosts', () => gql(url, 'ThreadPosts', { id, first: 25 }, opts)),
      ]);
    } else if (x < 0.55) await read('SearchPosts');
    else if (x < 0.65) await read('Place');
    else if (x < 0.73) await read('Conversations');
    else if (x < 0.85) await read('Conversation');
    else {
      const list = fixtures.byMember.get(user.id) ?? [];
      if (!list.length) return;
      // Prefer a conversation with someone online, so that its delivery can be checked.
      const withPeer = list.filter((c) => c.others.some((o) => online.has(o)));
      const conv = (withPeer.length ? withPeer : list)[
        Math.floor(r() * (withPeer.length || list.length))
      ];
      await recorder.time('socket typing', async () => {
        const ack = await user.socket
          .timeout(10_000)
          .emitWithAck('typing', { conversationId: conv.id });
        if (ack?.error) throw new Error(ack.error.message);
      });
      await sleep(500 + r() * 1500);
      if (!running) return;
      const clientMessageId = `load-${runId}-${user.index}-${seq++}`;
      sentAt.set(clientMessageId, {
        at: Date.now(),
        expected: new Set(conv.others.filter((o) => online.has(o))),
      });
      await recorder.time('socket message:send', async () => {
        const ack = await user.socket.timeout(10_000).emitWithAck('message:send', {
          conversationId: conv.id,
          body: `load message ${seq} from member ${user.index}`,
          clientMessageId,
        });
        if (!ack?.message) throw new Error(JSON.stringify(ack?.error ?? ack));
        acked.add(clientMessageId);
      });
    }
  };

  const addUser = async (index) => {
    const url = targets[index % targets.length];
    const agent = newAgent();
    const user = { index, url, agent, id: fixtures.idOf.get(index) };
    const signed = await recorder.time('Login', () =>
      signIn(url, memberEmail(index), BENCH_PASSWORD, agent),
    );
    if (!signed) return;
    user.cookie = signed.cookie;
    user.id = signed.member.id;
    user.socket = await recorder.time('socket connect', () => openSocket(url, user.cookie));
    if (!user.socket) return;
    online.add(user.id);
    user.socket.on('message:new', (m) => {
      if (m.author?.id === user.id || !m.clientMessageId?.startsWith(`load-${runId}-`)) return;
      const sent = sentAt.get(m.clientMessageId);
      if (sent) delivery.push(Date.now() - sent.at);
      if (!deliveries.has(m.clientMessageId)) deliveries.set(m.clientMessageId, new Map());
      const d = deliveries.get(m.clientMessageId);
      d.set(user.id, (d.get(user.id) ?? 0) + 1);
      if (Math.random() < 0.5)
        setTimeout(
          () => {
            if (!running) return;
            void recorder.time('MarkConversationRead', () =>
              gql(
                url,
                'MarkConversationRead',
                { conversationId: m.conversationId, messageId: m.id },
                {
                  cookie: user.cookie,
                  agent: user.agent,
                },
              ),
            );
          },
          1000 + Math.random() * 2000,
        );
    });
    users.push(user);
    user.loop = (async () => {
      const r = generator(0x51ed ^ (index + 1) ^ Date.now());
      await sleep(r() * thinkMs); // spread the users' first actions
      while (running) {
        await act(user, r);
        await sleep(thinkMs * (0.5 + r()));
      }
    })();
  };

  const results = [];
  let best = null;
  for (const target of steps) {
    // Sign-ins (argon2) a few at a time, so that a step's start is not one burst of them.
    let next = users.length;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < target) await addUser(next++);
      }),
    );
    await sleep(warmSeconds * 1000);
    const before = {
      api: cpuSnapshot(pids()),
      pg: cpuSnapshot(pgPids()),
      self: process.cpuUsage(),
      load: os.loadavg()[0],
    };
    recorder.reset();
    await sleep(stepSeconds * 1000);
    const s = recorder.summary(['Login', 'socket connect']);
    const seconds = s.seconds;
    const self = process.cpuUsage(before.self);
    const step = {
      users: users.length,
      target,
      ...s,
      apiCores: cpuSince(before.api, pids()) / 1000 / seconds,
      pgCores: cpuSince(before.pg, pgPids()) / 1000 / seconds,
      generatorCores: (self.user + self.system) / 1e6 / seconds,
      apiRssMiB: pids().reduce((a, p) => a + rssMiB(p), 0),
      load: [before.load, os.loadavg()[0]],
      lastError: recorder.lastError,
    };
    step.cpuPerOp = {
      api: (step.apiCores * seconds * 1000) / (s.total.n || 1),
      pg: (step.pgCores * seconds * 1000) / (s.total.n || 1),
    };
    step.pass =
      step.total.p99 < GATES.p99 &&
      step.total.avg < GATES.avg &&
      step.total.errorRate < GATES.errors;
    results.push(step);
    log(
      `\n${step.users} users, ${seconds.toFixed(0)} s: ${step.total.rate.toFixed(0)} ops/s, avg ${fmt(step.total.avg)} ms, p99 ${fmt(step.total.p99)} ms, errors ${step.total.errors}; API ${step.apiCores.toFixed(2)} cores, ${step.apiRssMiB.toFixed(0)} MiB; PostgreSQL ${step.pgCores.toFixed(2)} cores; load generator ${step.generatorCores.toFixed(2)} cores; load average ${step.load.map((l) => l.toFixed(1)).join(' → ')}: ${step.pass ? 'within the gates' : 'OUTSIDE the gates'}`,
    );
    log(opTable(step.rows));
    if (step.lastError && step.total.errors) log(`last error: ${step.lastError}`);
    if (step.pass) best = step;
    else if (!keepGoing) break;
  }
  running = false;
  await Promise.all(users.map((u) => u.loop));
  await sleep(3000); // the last deliveries
  for (const u of users) u.socket?.close();

  // No message lost: every acknowledged message stored once, and received by every participant
  // that was online when it was sent.
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const stored = (
    await c.query(
      `SELECT client_message_id, count(*)::int AS n FROM messages WHERE client_message_id LIKE $1 GROUP BY 1`,
      [`load-${runId}-%`],
    )
  ).rows;
  await c.end();
  const storedOnce = new Set(stored.filter((s) => s.n === 1).map((s) => s.client_message_id));
  let expected = 0;
  let lost = 0;
  let duplicated = 0;
  for (const id of acked) {
    for (const recipient of sentAt.get(id).expected) {
      expected += 1;
      const times = deliveries.get(id)?.get(recipient) ?? 0;
      if (times === 0) lost += 1;
      if (times > 1) duplicated += 1;
    }
  }
  const messages = {
    sent: sentAt.size,
    acked: acked.size,
    stored: stored.length,
    ackedNotStored: [...acked].filter((id) => !storedOnce.has(id)).length,
    storedTwice: stored.filter((s) => s.n > 1).length,
    expectedDeliveries: expected,
    lost,
    duplicated,
    latency: percentiles(delivery),
  };
  log(
    `messages: ${messages.sent} sent, ${messages.acked} acknowledged, ${messages.stored} stored (${messages.ackedNotStored} acknowledged but not stored once); ${messages.expectedDeliveries} deliveries expected to online participants, ${messages.lost} lost, ${messages.duplicated} duplicated; delivery p50 ${fmt(messages.latency.p50)} / p95 ${fmt(messages.latency.p95)} / p99 ${fmt(messages.latency.p99)} ms`,
  );
  for (const u of users) u.agent.destroy();
  return { steps: results, best, messages };
}

/**
 * Closed loop over the six reads: `concurrency` clients, no think time, for `seconds`; each
 * client is a signed-in member (the reads are the signed-in web app's). `url` serves /graphql
 * (the API, or bench/lib/raw-server.mjs, which answers the same operations).
 */
export async function runReads({
  url,
  dbUrl,
  concurrency = 8,
  seconds = 30,
  log = console.log,
  label = url,
  pids = () => [],
  pgPids = () => [],
}) {
  const fixtures = await loadFixtures(dbUrl, concurrency);
  const recorder = new Recorder();
  const clients = [];
  for (let i = 0; i < concurrency; i++) {
    const agent = newAgent();
    const { cookie, member } = await signIn(url, memberEmail(i), BENCH_PASSWORD, agent);
    clients.push({ index: i, agent, cookie, id: member.id });
  }
  const names = Object.keys(reads);
  const run = async (until, rec) =>
    Promise.all(
      clients.map(async (u) => {
        const r = generator(0x7a11 ^ (u.index + 1));
        let k = u.index;
        while (performance.now() < until) {
          const name = names[k++ % names.length];
          const variables = reads[name](r, fixtures, u) ?? reads.Conversations();
          const op = variables.first === 20 && name === 'Conversation' ? 'Conversations' : name;
          await rec.time(op, () => gql(url, op, variables, { cookie: u.cookie, agent: u.agent }));
        }
      }),
    );
  await run(performance.now() + Math.min(5, seconds / 3) * 1000, new Recorder()); // warm-up
  const load = os.loadavg()[0];
  const cpu = { server: cpuSnapshot(pids()), pg: cpuSnapshot(pgPids()) };
  recorder.reset();
  await run(performance.now() + seconds * 1000, recorder);
  const s = recorder.summary();
  s.load = [load, os.loadavg()[0]];
  // CPU time per request (server process, PostgreSQL): what the other work on a shared machine
  // disturbs least; 1 000 ms over it is a ceiling of requests per second per core.
  s.cpuPerRequest = {
    server: cpuSince(cpu.server, pids()) / (s.total.n || 1),
    pg: cpuSince(cpu.pg, pgPids()) / (s.total.n || 1),
  };
  s.lastError = recorder.lastError;
  log(
    `\nreads on ${label}: ${concurrency} clients, ${s.seconds.toFixed(0)} s, ${s.total.rate.toFixed(0)} req/s, errors ${s.total.errors}; CPU per request: server ${fmt(s.cpuPerRequest.server)} ms, PostgreSQL ${fmt(s.cpuPerRequest.pg)} ms; load average ${s.load.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  log(opTable([...s.rows, s.total]));
  if (s.total.errors) log(`last error: ${s.lastError}`);
  for (const u of clients) u.agent.destroy();
  return s;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) =>
    process.argv
      .find((a) => a.startsWith(`--${name}=`))
      ?.split('=')
      .slice(1)
      .join('=') ?? fallback;
  const url = arg('url', 'http://127.0.0.1:3000');
  const dbUrl = arg('db', process.env.DATABASE_URL);
  if (process.argv.includes('--reads'))
    await runReads({
      url,
      dbUrl,
      concurrency: Number(arg('concurrency', 8)),
      seconds: Number(arg('seconds', 30)),
    });
  else
    await runRamp({
      targets: url.split(','),
      dbUrl,
      steps: arg('steps', '50,100,200,400').split(',').map(Number),
      stepSeconds: Number(arg('seconds', 60)),
      thinkMs: Number(arg('think', 5000)),
    });
  void post; // (re-exported helper kept for the CLI's users)
}
