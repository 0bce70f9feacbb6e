// Search benchmark: 1 000 000 posts generated in PostgreSQL, then the API's `searchPosts`
// measured over HTTP for a mix of rare and common words. Prints p50/p95/p99.
//   npx nx run-many -t build --projects=api,web && node bench/search.mjs [posts]
import pg from 'pg';
import { fmt, percentiles, sessionsFor, startDatabase, startPlatform } from './lib/platform.mjs';

const POSTS = Number(process.argv[2] ?? 1_000_000);
const THREADS = Math.max(1, Math.floor(POSTS / 20));
const MEMBERS = 2000;
const REQUESTS = 400;

// A vocabulary of the field, French and English, with accents: searches must ignore them.
const words =
  `tiers-lieu friche quartier habitants association économie modèle loyer subvention bénévoles
  gouvernance impact mesurer social solidaire coopérative atelier fablab jardin cantine résidence artistes
  community rent funding volunteers governance impact measure social cooperative workshop garden kitchen
  residents artists incubator makers scaling network territory municipality landlord lease temporary
  occupation hospital factory warehouse festival market training employment inclusion migrants youth
  elders children school library culture music theatre dance repair recycling energy housing emergency
  donation crowdfunding foundation grant budget revenue membership café bar events hall coworking`
    .split(/\s+/)
    .filter(Boolean);
const rare = Array.from({ length: 400 }, (_, i) => `mot${i}rare`);
// Real vocabularies are long-tailed: the field's words first, then 5 000 others; draws favour
// the start of the list (rank-frequency close to Zipf's), so a common word is in a few % of posts.
const vocabulary = [...words, ...Array.from({ length: 5000 }, (_, i) => `terme${i}`)];

const db = await startDatabase('wo_bench_search');
const platform = await startPlatform(db.url); // applies the migrations
const client = new pg.Client({ connectionString: db.url });
await client.connect();
try {
  const t0 = performance.now();
  await client.query(`INSERT INTO members (id, email, password_hash, handle, display_name, status, role, community_role, motivation)
    SELECT gen_random_uuid(), 'bench' || i || '@example.org', 'x', 'bench-' || i, 'Bench member ' || i, 'ACTIVE', 'MEMBER', 'PRACTITIONER', 'bench'
    FROM generate_series(1, ${MEMBERS}) i`);
  const category = (await client.query(`SELECT id FROM categories WHERE slug = 'general'`)).rows[0]
    .id;
  await client.query(
    `INSERT INTO threads (id, category_id, author_id, title, last_post_at, posts_count)
    SELECT gen_random_uuid(), $1, (SELECT id FROM members ORDER BY random() LIMIT 1), 'Thread ' || i, now(), 20
    FROM generate_series(1, ${THREADS}) i`,
    [category],
  );
  // Drop the text-search index while loading, rebuild it after (as a bulk load would).
  await client.query('DROP INDEX posts_search_gin');
  await client.query(`CREATE OR REPLACE FUNCTION pg_temp.bench_text(n int, a text[], r text[]) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(CASE WHEN random() < 0.002 THEN r[1 + floor(random() * array_length(r, 1))::int]
                           ELSE a[1 + floor(power(random(), 1.4) * array_length(a, 1))::int] END, ' ')
      FROM generate_series(1, n) $$`);
  await client.query(
    `
    INSERT INTO posts (id, thread_id, author_id, body, research_consent, created_at)
    SELECT gen_random_uuid(), t.ids[1 + (i % ${THREADS})], m.ids[1 + (i % ${MEMBERS})],
           pg_temp.bench_text(15 + (i % 40), $1::text[], $2::text[]),
           i % 3 = 0, now() - (i || ' seconds')::interval
      FROM generate_series(1, ${POSTS}) i,
           (SELECT array_agg(id) AS ids FROM threads) t,
           (SELECT array_agg(id) AS ids FROM members) m`,
    [vocabulary, rare],
  );
  const loaded = performance.now();
  await client.query('CREATE INDEX posts_search_gin ON posts USING GIN (search)');
  await client.query('VACUUM ANALYZE');
  const indexed = performance.now();
  console.log(
    `generated ${POSTS} posts in ${((loaded - t0) / 1000).toFixed(1)} s, indexed in ${((indexed - loaded) / 1000).toFixed(1)} s`,
  );

  const memberId = (await client.query('SELECT id FROM members LIMIT 1')).rows[0].id;
  const [token] = await sessionsFor(client, [memberId]);
  const query = `query($q: String!) { searchPosts(query: $q, first: 20) { edges { node { snippet post { id } thread { title } } } } }`;
  const search = async (q) => {
    const started = performance.now();
    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { q } }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };
  const terms = [
    ...Array.from({ length: 10 }, (_, i) => words[(i * 7) % words.length]), // common words
    'mesurer l’impact social',
    'economie solidaire',
    'festival market',
    'subvention loyer',
    ...rare.slice(0, 6),
  ];
  for (const q of terms) await search(q); // warm-up
  if (process.env.BENCH_EXPLAIN) {
    const plan = await client.query(
      `EXPLAIN ANALYZE SELECT p.id, ts_rank(p.search, to_tsquery('simple', wo_unaccent($1)))::text AS rank,
      ts_headline('simple', p.body, to_tsquery('simple', wo_unaccent($1)), 'MaxWords=30') AS snippet
      FROM posts p JOIN threads t ON t.id = p.thread_id AND t.hidden_at IS NULL
      WHERE p.search @@ to_tsquery('simple', wo_unaccent($1)) AND p.deleted_at IS NULL AND p.hidden_at IS NULL
      ORDER BY rank DESC, p.id LIMIT 21`,
      [process.env.BENCH_EXPLAIN],
    );
    console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
  const results = {};
  for (const [label, pick] of [
    ['common word (1 to 8 % of posts)', (i) => words[i % 40]],
    [
      'two words, accents dropped',
      (i) =>
        `${words[i % 40].normalize('NFD').replace(/\p{M}/gu, '')} ${words[(i * 13) % words.length]}`,
    ],
    ['long-tail word', (i) => `terme${100 + ((i * 37) % 4000)}`],
    ['rare word', (i) => rare[i % rare.length]],
  ]) {
    const samples = [];
    for (let i = 0; i < REQUESTS / 3; i++) samples.push(await search(pick(i)));
    results[label] = percentiles(samples);
  }
  console.log(`\nsearchPosts over ${POSTS} posts (HTTP, one client at a time)`);
  console.log('| query | n | p50 ms | p95 ms | p99 ms |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label, p] of Object.entries(results))
    console.log(`| ${label} | ${p.n} | ${fmt(p.p50)} | ${fmt(p.p95)} | ${fmt(p.p99)} |`);
} finally {
  await client.end();
  await platform.stop();
  await db.stop();
}
