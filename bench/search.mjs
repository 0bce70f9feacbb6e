// Search benchmark: 1 000 000 posts generated in PostgreSQL, then the API's `searchPosts`
// measured over HTTP for a mix of queries (rare, long-tail and common words, several words,
// accents, a prefix being typed, filters by category, author and date). Prints p50/p95/p99.
//   npx nx run-many -t build --projects=api,web && node bench/search.mjs [posts]
// BENCH_PGDATA=/var/tmp/wo-search keeps the embedded cluster and the generated posts there, so
// later runs measure without generating again (the API's migrations still run at start-up).
// BENCH_EXPLAIN=1 prints EXPLAIN (ANALYZE, BUFFERS) of the API's SQL for one query of each kind.
import { createRequire } from 'node:module';
import * as os from 'node:os';
import pg from 'pg';
import {
  cpuSince,
  cpuSnapshot,
  fmt,
  percentiles,
  sessionsFor,
  startDatabase,
  startPlatform,
} from './lib/platform.mjs';
import { body, generator, rare, words } from './lib/text.mjs';

const POSTS = Number(process.argv[2] ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100); // per kind of query
const THREADS = Math.max(1, Math.floor(POSTS / 20));
const MEMBERS = 2000;
const BATCH = 20_000;
/** One post every 30 s: a million posts span about a year. */
const STEP_SECONDS = 30;

const load = async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

const db = await startDatabase('wo_bench_search', {
  keep: Boolean(process.env.BENCH_PGDATA),
  // Bulk load: no WAL archiving, rare checkpoints. The posts and their indexes (1.3 GB) fit in
  // shared buffers, as on a server sized for them.
  flags: [
    'shared_buffers=2GB',
    'wal_level=minimal',
    'max_wal_senders=0',
    'max_wal_size=8GB',
    'checkpoint_timeout=30min',
  ],
});
const platform = await startPlatform(db.url); // applies the migrations
const client = await load(db.url);
try {
  const have = db.existed
    ? Number((await client.query('SELECT count(*) FROM posts')).rows[0].count)
    : 0;
  if (have !== POSTS) await generate();
  else console.log(`reusing the ${POSTS} posts generated before`);
  await measure();
} finally {
  await client.end();
  await platform.stop();
  await db.stop();
}

async function generate() {
  const t0 = performance.now();
  await client.query('TRUNCATE posts, threads CASCADE');
  await client.query('DELETE FROM sessions');
  await client.query('DELETE FROM members');
  await client.query(`INSERT INTO members (id, email, password_hash, handle, display_name, status, role, community_role, motivation)
    SELECT gen_random_uuid(), 'bench' || i || '@example.org', 'x', 'bench-' || i, 'Bench member ' || i, 'ACTIVE', 'MEMBER', 'PRACTITIONER', 'bench'
    FROM generate_series(1, ${MEMBERS}) i`);
  // Threads spread over every category; a post's thread is drawn at random.
  await client.query(
    `INSERT INTO threads (id, category_id, author_id, title, last_post_at, posts_count)
    SELECT gen_random_uuid(), c.ids[1 + (i % array_length(c.ids, 1))], m.ids[1 + (i % ${MEMBERS})], 'Thread ' || i, now(), 20
      FROM generate_series(1, ${THREADS}) i,
           (SELECT array_agg(id ORDER BY position) AS ids FROM categories) c,
           (SELECT array_agg(id) AS ids FROM members) m`,
  );
  // Bulk-load practice: the secondary indexes are dropped and built again after the load (the
  // primary key stays: ids are UUIDv7 in time order, as the API makes them, so it only appends).
  const indexes = (
    await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'posts'
          AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'posts'::regclass)`,
    )
  ).rows;
  for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);
  // The text is generated here (seeded) and sent in batches of 20 000 posts; two connections
  // insert at once (PostgreSQL computes each post's tsvector, the expensive part).
  const sql = `INSERT INTO posts (id, thread_id, author_id, body, research_consent, created_at)
    SELECT wo_bench_uuidv7(at), t.ids[1 + (i::bigint * 2654435761 % ${THREADS})::int], m.ids[1 + (i % ${MEMBERS})],
           b.body, i % 3 = 0, at
      FROM unnest($1::text[]) WITH ORDINALITY AS b(body, k),
           LATERAL (SELECT $2::int + k::int AS i) n,
           LATERAL (SELECT $3::timestamptz + (i * ${STEP_SECONDS}) * interval '1 second' AS at) a,
           (SELECT array_agg(id) AS ids FROM threads) t,
           (SELECT array_agg(id) AS ids FROM members) m`;
  // A UUIDv7 for a given time, in SQL that PostgreSQL 15 runs too (uuidv7() is 18's).
  await client.query(`CREATE OR REPLACE FUNCTION wo_bench_uuidv7(at timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT encode(set_byte(set_byte(overlay(uuid_send(gen_random_uuid())
             PLACING substring(int8send(floor(extract(epoch FROM at) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
           6, 112 + floor(random() * 16)::int), 8, 128 + floor(random() * 64)::int), 'hex')::uuid $$`);
  const start = new Date(Date.now() - (POSTS + 1) * STEP_SECONDS * 1000).toISOString();
  const batches = [];
  for (let from = 0; from < POSTS; from += BATCH) batches.push(from);
  const workers = await Promise.all([load(db.url), load(db.url)]);
  let next = 0;
  await Promise.all(
    workers.map(async (w) => {
      while (next < batches.length) {
        const from = batches[next++];
        const random = generator(0x2545f491 ^ (from + 1));
        const bodies = [];
        for (let i = from + 1; i <= Math.min(POSTS, from + BATCH); i++)
          bodies.push(body(random, 15 + (i % 40)));
        await w.query(sql, [bodies, from, start]);
      }
      await w.end();
    }),
  );
  const loaded = performance.now();
  for (const i of indexes) await client.query(i.indexdef);
  await client.query('VACUUM ANALYZE');
  const indexed = performance.now();
  const size = (await client.query(`SELECT pg_size_pretty(pg_total_relation_size('posts')) AS s`))
    .rows[0].s;
  console.log(
    `generated ${POSTS} posts in ${((loaded - t0) / 1000).toFixed(1)} s, indexed (${indexes.map((i) => i.indexname).join(', ')}) and analysed in ${((indexed - loaded) / 1000).toFixed(1)} s; posts and indexes: ${size}`,
  );
}

async function measure() {
  const members = (
    await client.query(`SELECT id, handle FROM members WHERE handle LIKE 'bench-%' ORDER BY handle`)
  ).rows;
  const [token] = await sessionsFor(client, [members[0].id]);
  const categories = (await client.query('SELECT id FROM categories ORDER BY position')).rows.map(
    (r) => r.id,
  );
  const newest = (await client.query('SELECT max(created_at) AS at FROM posts')).rows[0].at;
  const daysAgo = (d) => new Date(newest.getTime() - d * 86_400_000).toISOString();
  const query = `query($q: String!, $filter: SearchFilter) { searchPosts(query: $q, filter: $filter, first: 20) { edges { node { snippet post { id } thread { title } } } } }`;
  // CPU time of the API process and of the PostgreSQL server, per request: a figure that the
  // other work on a shared machine disturbs far less than the latency.
  let pids = [];
  const search = async (q, filter) => {
    const cpu = cpuSnapshot(pids);
    const started = performance.now();
    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { q, filter } }),
    });
    const result = await res.json();
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const ms = performance.now() - started;
    return { ms, cpu: cpuSince(cpu, pids), hits: result.data.searchPosts.edges.length };
  };
  const common = (i) => words[i % 40];
  const plain = (w) => w.normalize('NFD').replace(/\p{M}/gu, '');
  const kinds = [
    ['common word (2 to 7 % of posts)', (i) => [common(i)]],
    ['long-tail word (as a prefix: 0.5 to 8 %)', (i) => [`terme${100 + ((i * 37) % 4000)}`]],
    ['rare word (150 to 190 posts)', (i) => [rare[i % rare.length]]],
    [
      'two words, accents dropped',
      (i) => [`${plain(common(i))} ${words[(i * 13) % words.length]}`],
    ],
    [
      'three words as typed, accents and apostrophe',
      (i) =>
        [
          [`mesurer l’impact social`],
          [`économie solidaire du quartier`],
          [`café associatif bénévoles`],
          [`gouvernance coopérative habitants`],
        ][i % 4],
    ],
    ['a prefix being typed (3 to 5 letters)', (i) => [common(i).slice(0, 3 + (i % 3))]],
    ['common word in a category', (i) => [common(i), { categoryId: categories[i % 12] }]],
    [
      'long-tail word in a category',
      (i) => [`terme${100 + ((i * 37) % 4000)}`, { categoryId: categories[i % 12] }],
    ],
    ['common word by an author', (i) => [common(i), { authorHandle: members[i % 2000].handle }]],
    ['common word, last 30 days', (i) => [common(i), { from: daysAgo(30) }]],
    ['common word, before 6 months ago', (i) => [common(i), { to: daysAgo(183) }]],
    [
      'long-tail word, one month',
      (i) => [`terme${100 + ((i * 37) % 4000)}`, { from: daysAgo(120), to: daysAgo(90) }],
    ],
  ];
  // Warm-up: the table and its indexes read into shared buffers (pg_prewarm where PostgreSQL
  // ships it), then a few queries of each kind.
  await client
    .query(
      `CREATE EXTENSION IF NOT EXISTS pg_prewarm;
       SELECT pg_prewarm(c.oid) FROM pg_class c WHERE c.relname = 'posts' OR c.relname = 'threads'
          OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('posts'::regclass, 'threads'::regclass))`,
    )
    .catch(() => console.log('(no pg_prewarm: the first queries read from disk)'));
  for (const [, pick] of kinds) for (let i = 0; i < 5; i++) await search(...pick(i));

  if (process.env.BENCH_EXPLAIN) await explainEach(kinds);
  pids = [platform.pid, ...db.pids()];

  const results = [];
  const all = [];
  const loadBefore = os.loadavg()[0];
  // Interleaved: each round runs every kind once, so a burst of load hits every kind alike.
  const samples = kinds.map(() => []);
  const cpus = kinds.map(() => []);
  const allCpu = [];
  const hits = kinds.map(() => 0);
  for (let i = 0; i < REQUESTS; i++)
    for (const [k, [, pick]] of kinds.entries()) {
      const r = await search(...pick(i));
      samples[k].push(r.ms);
      cpus[k].push(r.cpu);
      allCpu.push(r.cpu);
      hits[k] += r.hits;
      all.push(r.ms);
    }
  const loadAfter = os.loadavg()[0];
  for (const [k, [label]] of kinds.entries())
    results.push([
      label,
      percentiles(samples[k]),
      hits[k] / samples[k].length,
      percentiles(cpus[k]),
    ]);
  console.log(
    `\nsearchPosts over ${POSTS} posts (HTTP, one client at a time, 20 hits a page); load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
  );
  console.log('| query | n | hits/page | p50 ms | p95 ms | p99 ms | CPU p50 ms | CPU p95 ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, p, h, c] of results)
    console.log(
      `| ${label} | ${p.n} | ${h.toFixed(1)} | ${fmt(p.p50)} | ${fmt(p.p95)} | ${fmt(p.p99)} | ${fmt(c.p50)} | ${fmt(c.p95)} |`,
    );
  // The search box as typed (no filter): the first six kinds.
  const typed = percentiles(samples.slice(0, 6).flat());
  const typedCpu = percentiles(cpus.slice(0, 6).flat());
  console.log(
    `| **as typed, no filter (the first six)** | ${typed.n} | | ${fmt(typed.p50)} | ${fmt(typed.p95)} | ${fmt(typed.p99)} | ${fmt(typedCpu.p50)} | ${fmt(typedCpu.p95)} |`,
  );
  const p = percentiles(all);
  const c = percentiles(allCpu);
  console.log(
    `| **all of the above** | ${p.n} | | ${fmt(p.p50)} | ${fmt(p.p95)} | ${fmt(p.p99)} | ${fmt(c.p50)} | ${fmt(c.p95)} |`,
  );
  console.log(
    '(CPU: the API process and the PostgreSQL server together, per request, from /proc/<pid>/schedstat)',
  );
}

/** EXPLAIN (ANALYZE, BUFFERS) of the SQL that the built API's search service sends. */
async function explainEach(kinds) {
  const require = createRequire(import.meta.url);
  require('../tools/scripts/register-dist-paths.cjs');
  const {
    DiscussionSearchService,
  } = require('../dist/api/libs/api/discussions/src/lib/discussion-search.service.js');
  let plan = '';
  // Every statement is explained, then run for real: the service decides from the results
  // (the probe's count, the walk's candidates) which statement comes next.
  const explain = async (sql, params) => {
    const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    plan += `\n${sql.split('\n')[0].slice(0, 80)} …\n${res.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`;
    return (await client.query(sql, params)).rows;
  };
  const manager = {
    query: (sql, params) => (sql.startsWith('SET ') ? client.query(sql) : explain(sql, params)),
  };
  const service = new DiscussionSearchService({
    query: explain,
    transaction: async (work) => {
      await client.query('BEGIN');
      try {
        return await work(manager);
      } finally {
        await client.query('COMMIT');
      }
    },
  });
  for (const [label, pick] of kinds) {
    const [q, filter] = pick(1);
    const f = filter && {
      ...filter,
      from: filter.from && new Date(filter.from),
      to: filter.to && new Date(filter.to),
    };
    plan = '';
    await service.posts(q, f, 20);
    console.log(`\n## ${label}: ${JSON.stringify([q, filter])}\n${plan}`);
  }
}
