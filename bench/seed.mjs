// A large community for the benches, loaded with COPY: at scale 1, 20 000 members, 2 000 places
// (lessons, teams, followers), 50 000 threads, 1 000 000 posts with reactions, 40 000
// conversations (pairs and small groups) holding 2 000 000 messages. See bench/README.md.
//   npx tsc -p apps/api/tsconfig.app.json && node bench/seed.mjs [--scale=0.1] [--db=name] [--force]
// The schema is the migrations' (the built API is started once against the empty database);
// secondary indexes and foreign keys are dropped during the load and created again from their
// own definitions afterwards, then VACUUM ANALYZE. A database whose fingerprint (seed version,
// scale, the build's migrations) matches is reused as it is.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Algorithm, hash } from '@node-rs/argon2';
import pg from 'pg';
import { copyFrom, row } from './lib/copy.mjs';
import { openDatabase, root, startCluster, startPlatform } from './lib/platform.mjs';
import { progress } from './lib/progress.mjs';
import { body, cities, firstNames, generator, lastNames, pick, title, words } from './lib/text.mjs';

/** Bumped whenever the generated data changes: a database seeded by another version is redone. */
const SEED_VERSION = 2;
export const BENCH_PASSWORD = 'tiers-lieux-bench';
export const memberEmail = (i) => `member${i}@bench.wide-open.org`;

const DAY = 86_400_000;
const CHUNK = 5000;
const emojis = ['👍', '❤️', '🎉', '💡', '🙏', '😂'];
const placeKinds =
  `THIRD_PLACE CITIZEN_LAB INCUBATOR THINK_TANK ECO_VILLAGE COWORKING FABLAB URBAN_FARM
  CULTURAL_VENUE SOCIAL_HOUSING TEMPORARY_OCCUPATION OTHER`.split(/\s+/);
const challenges =
  `BUSINESS_MODEL COMMUNITY_EMPOWERMENT DIVERSITY_CREATIVITY SCALING IMPACT_MEASUREMENT
  GOVERNANCE FUNDING REAL_ESTATE`.split(/\s+/);
const communityRoles = ['PRACTITIONER', 'RESEARCHER', 'CREATIVE', 'CITIZEN'];
const sectors = ['PRIVATE', 'PUBLIC', 'NONPROFIT', 'ACADEMIC', 'CITIZEN', null];
const teamRoles = ['STAFF', 'RESIDENT', 'VOLUNTEER'];

/** How many of each at a scale (1 = the full community); small scales keep a usable minimum. */
export function sizes(scale) {
  const n = (full, min) => Math.max(min, Math.round(full * scale));
  return {
    members: n(20_000, 40),
    places: n(2_000, 4),
    threads: n(50_000, 10),
    posts: n(1_000_000, 200),
    conversations: n(40_000, 20),
    messages: n(2_000_000, 400),
  };
}

/** The build's migrations (dist): a database migrated by another set is seeded again. */
function migrationNames() {
  const dir = path.join(root, 'dist/api/migrations');
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+-.*\.js$/.test(f))
    .sort();
}

export function fingerprint(scale) {
  return createHash('sha256')
    .update(JSON.stringify({ SEED_VERSION, scale, migrations: migrationNames() }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * UUIDv7 for a time (as the API makes ids), unique within a table by `seq` in its last 48 bits;
 * `tag` (0–4095) keeps tables apart.
 */
const uuid7 = (ms, tag, seq) => {
  const t = Math.floor(ms).toString(16).padStart(12, '0');
  const s = seq.toString(16).padStart(15, '0');
  return `${t.slice(0, 8)}-${t.slice(8)}-7${tag.toString(16).padStart(3, '0')}-8${s.slice(0, 3)}-${s.slice(3)}`;
};

/**
 * Ensures database `name` holds the community at `scale`: reused when its fingerprint matches,
 * otherwise created again, migrated by the built API and loaded. Returns { db, seeded, sizes }.
 */
export async function ensureSeeded(cluster, { name, scale, force = false, log = console.error }) {
  const db = await openDatabase(cluster, name, { keep: true });
  const print = fingerprint(scale);
  const current = async () => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const r = await c.query(
        `SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = current_database()`,
      );
      return r.rows[0].d;
    } finally {
      await c.end();
    }
  };
  if (!force && db.existed && (await current()) === `wo-bench-seed ${print}`) {
    log(`${name}: reusing the community seeded at scale ${scale} (fingerprint ${print})`);
    return { db, seeded: false, sizes: sizes(scale) };
  }
  // The schema: the built API applies its migrations to an empty template database once (per
  // set of migrations); every seeded database starts as a copy of it.
  const template = `wo_bench_schema_${createHash('sha256').update(migrationNames().join()).digest('hex').slice(0, 12)}`;
  const has = await cluster.admin('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (!has.rowCount) {
    await cluster.admin(`CREATE DATABASE ${template}_tmp`);
    const platform = await startPlatform(cluster.urlOf(`${template}_tmp`), { LOG_LEVEL: 'error' });
    await platform.stop();
    await cluster.admin(`ALTER DATABASE ${template}_tmp RENAME TO ${template}`);
  }
  await cluster.admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cluster.admin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const started = performance.now();
  await seed(db.url, scale, log);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query(`COMMENT ON DATABASE ${name} IS 'wo-bench-seed ${print}'`);
  await c.end();
  log(
    `${name}: seeded at scale ${scale} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return { db, seeded: true, sizes: sizes(scale) };
}

/** Bulk load on an embedded cluster: no WAL to keep, rare checkpoints, room for the data set. */
export const bulkFlags = [
  'shared_buffers=2GB',
  'wal_level=minimal',
  'max_wal_senders=0',
  'max_wal_size=8GB',
  'checkpoint_timeout=30min',
  'maintenance_work_mem=512MB',
];

/** Loads the community into a migrated, empty database at `url`. */
export async function seed(url, scale, log = console.error) {
  const N = sizes(scale);
  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  };
  const client = await connect();
  const workers = [await connect(), await connect()];
  const end = Math.floor(Date.now() / 60_000) * 60_000;
  const yearAgo = end - 365 * DAY;
  try {
    const categories = (await client.query('SELECT id FROM categories ORDER BY position')).rows.map(
      (r) => r.id,
    );
    if (!categories.length) throw new Error('no categories: are the migrations applied?');
    const tables = [
      'members',
      'places',
      'lessons',
      'place_members',
      'place_followers',
      'threads',
      'posts',
      'post_reactions',
      'thread_subscriptions',
      'conversations',
      'conversation_participants',
      'messages',
    ];
    // Secondary indexes and foreign keys of the loaded tables, dropped for the load and made
    // again from their own definitions (primary keys stay: ids are in time order, they append).
    const fks = (
      await client.query(
        `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
          WHERE contype = 'f' AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1))`,
        [tables],
      )
    ).rows;
    const indexes = (
      await client.query(
        `SELECT tablename, indexname, indexdef FROM pg_indexes
          WHERE schemaname = 'public' AND tablename = ANY($1)
            AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))`,
        [tables],
      )
    ).rows;
    for (const f of fks) await client.query(`ALTER TABLE ${f.t} DROP CONSTRAINT "${f.conname}"`);
    for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);

    const hashed = await hash(BENCH_PASSWORD, {
      algorithm: Algorithm.Argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });

    // Members: joined over the two years before the posts' year, ids in time order.
    const members = new Array(N.members);
    const memberStep = (365 * DAY) / N.members;
    const memberRows = function* () {
      const r = generator(11);
      let out = '';
      for (let i = 0; i < N.members; i++) {
        const at = yearAgo - 365 * DAY + i * memberStep;
        const id = uuid7(at, 1, i);
        members[i] = id;
        const first = pick(r, firstNames);
        const last = pick(r, lastNames);
        const [city, country] = pick(r, cities);
        const role =
          i % 500 === 7 ? 'MODERATOR' : i % 100 === 3 ? 'AMBASSADOR' : i === 1 ? 'ADMIN' : 'MEMBER';
        out += row([
          id,
          memberEmail(i),
          hashed,
          `member-${i}`,
          `${first} ${last}`,
          'ACTIVE',
          role,
          communityRoles[i % 4],
          sectors[i % sectors.length],
          i % 3 === 0 ? 'fr' : 'en',
          title(r, 6).slice(0, 160),
          body(r, 20 + Math.floor(r() * 40)),
          city,
          country,
          i % 3 === 0 ? ['fr', 'en'] : ['en'],
          [pick(r, words), pick(r, words)],
          [pick(r, words), pick(r, words), pick(r, words)],
          body(r, 12),
          new Date(at + DAY),
          new Date(at),
          new Date(at),
        ]);
        if ((i + 1) % CHUNK === 0) {
          yield out;
          bar.add(CHUNK);
          out = '';
        }
      }
      bar.add(N.members % CHUNK);
      yield out;
    };
    let bar = progress('members', N.members);
    await copyFrom(
      client,
      `COPY members (id, email, password_hash, handle, display_name, status, role, community_role, sector,
        locale, headline, bio, city, country, languages, skills, interests, motivation, decided_at, created_at, updated_at) FROM STDIN`,
      memberRows(),
    );
    bar.end();
    const active = (r) => members[Math.floor(Math.pow(r(), 2) * N.members)]; // some post a lot

    // Places, each with lessons, a team (its founder first) and followers.
    const places = new Array(N.places);
    {
      const r = generator(22);
      let placesOut = '';
      let lessonsOut = '';
      let teamOut = '';
      let followersOut = '';
      let lessonSeq = 0;
      bar = progress('places', N.places);
      for (let i = 0; i < N.places; i++) {
        const at = yearAgo - 200 * DAY + (i * 500 * DAY) / N.places;
        const id = uuid7(at, 2, i);
        places[i] = id;
        const founderIndex = (i * 7919) % N.members;
        const [city, country, lat, lon] = pick(r, cities);
        const name = title(r, 2 + Math.floor(r() * 3)).slice(0, 100);
        const kinds = [...new Set([pick(r, placeKinds), pick(r, placeKinds)])];
        placesOut += row([
          id,
          `place-${i}`,
          name,
          body(r, 25).slice(0, 500),
          body(r, 80 + Math.floor(r() * 120)),
          kinds,
          r() < 0.1 ? 'TEMPORARY' : r() < 0.05 ? 'CLOSED' : 'ACTIVE',
          1990 + Math.floor(r() * 35),
          city,
          country,
          lat + (r() - 0.5) / 10,
          lon + (r() - 0.5) / 10,
          `https://place-${i}.example.org`,
          [pick(r, challenges), pick(r, challenges)].filter((c, k, a) => a.indexOf(c) === k),
          [body(r, 6), body(r, 6)],
          members[founderIndex],
          new Date(at),
          new Date(at),
        ]);
        const teamSize = 1 + Math.floor(r() * 5);
        const team = [
          ...new Set(
            Array.from({ length: teamSize }, (_, k) => (founderIndex + k * 131) % N.members),
          ),
        ];
        for (const [k, m] of team.entries())
          teamOut += row([
            id,
            members[m],
            k === 0 ? 'FOUNDER' : pick(r, teamRoles),
            new Date(at + k * DAY),
          ]);
        const lessons = Math.floor(r() * 7);
        for (let k = 0; k < lessons; k++) {
          const lat2 = at + (k + 1) * 20 * DAY;
          lessonsOut += row([
            uuid7(lat2, 3, lessonSeq++),
            id,
            pick(r, challenges),
            title(r, 7).slice(0, 160),
            body(r, 40),
            body(r, 60),
            body(r, 50),
            body(r, 30),
            JSON.stringify(
              k % 2
                ? [{ label: 'visitors a month', value: Math.floor(r() * 5000), unit: null }]
                : [],
            ),
            members[pick(r, team)],
            new Date(lat2),
            new Date(lat2),
          ]);
        }
        const followers = Math.floor(r() * 30);
        const base = Math.floor(r() * N.members);
        const seen = new Set();
        for (let k = 0; k < followers; k++) {
          const m = (base + k * 37) % N.members;
          if (seen.has(m)) break;
          seen.add(m);
          followersOut += row([id, members[m], new Date(at + k * DAY)]);
        }
      }
      await copyFrom(
        client,
        `COPY places (id, slug, name, summary, description, kinds, status, founded_year, city, country,
          latitude, longitude, website, challenges, facts, created_by, created_at, updated_at) FROM STDIN`,
        [placesOut],
      );
      await copyFrom(
        client,
        `COPY place_members (place_id, member_id, role, created_at) FROM STDIN`,
        [teamOut],
      );
      await copyFrom(
        client,
        `COPY lessons (id, place_id, challenge, title, context, what_we_tried, outcome, advice, figures, author_id, created_at, updated_at) FROM STDIN`,
        [lessonsOut],
      );
      await copyFrom(client, `COPY place_followers (place_id, member_id, created_at) FROM STDIN`, [
        followersOut,
      ]);
      bar.end();
    }

    // Posts over the last year, one every ~30 s at scale 1. Thread k opens at post k·P/T; every
    // other post goes to a thread already open, recent ones more often. Threads, reactions and
    // the authors' subscriptions follow from the posts.
    const threads = {
      id: new Array(N.threads),
      author: new Int32Array(N.threads),
      count: new Int32Array(N.threads),
      first: new Float64Array(N.threads),
      last: new Float64Array(N.threads),
      lastPost: new Array(N.threads),
    };
    let reactionsOut = [];
    let reactionsCount = 0;
    const postStep = (end - yearAgo) / N.posts;
    const postRows = function* () {
      const r = generator(33);
      let opened = 0;
      let out = '';
      let n = 0;
      let reactions = '';
      for (let i = 0; i < N.posts; i++) {
        const at = yearAgo + i * postStep;
        const id = uuid7(at, 4, i);
        let t;
        if (opened < N.threads && i >= Math.floor((opened * N.posts) / N.threads)) {
          t = opened++;
          threads.id[t] = uuid7(at, 5, t);
          threads.first[t] = at;
          threads.author[t] = Math.floor(Math.pow(r(), 2) * N.members);
        } else t = opened - 1 - Math.floor(Math.pow(r(), 3) * opened);
        const author =
          threads.count[t] === 0
            ? members[threads.author[t]]
            : members[Math.floor(Math.pow(r(), 2) * N.members)];
        const replyTo = threads.count[t] > 0 && r() < 0.15 ? threads.lastPost[t] : null;
        threads.count[t]++;
        threads.last[t] = at;
        threads.lastPost[t] = id;
        const text =
          r() < 0.2
            ? `${body(r, 10 + Math.floor(r() * 20))}\n\n${body(r, 10 + Math.floor(r() * 20))}`
            : body(r, 15 + Math.floor(r() * 40));
        out += row([
          id,
          threads.id[t],
          categories[t % categories.length], // the thread's (written below)
          author,
          text,
          replyTo,
          i % 3 === 0,
          new Date(at),
          r() < 0.01 ? new Date(at + 3600_000) : null,
          r() < 0.003 ? new Date(at + 7200_000) : null,
          r() < 0.001 ? new Date(at + 7200_000) : null,
        ]);
        if (r() < 0.3) {
          const k = 1 + Math.floor(r() * 3);
          const base = Math.floor(r() * N.members);
          for (let j = 0; j < k; j++) {
            reactions += row([
              id,
              members[(base + j * 101) % N.members],
              pick(r, emojis),
              new Date(at + (j + 1) * 600_000),
            ]);
            reactionsCount++;
          }
        }
        if (++n === CHUNK) {
          bar.add(n);
          n = 0;
          reactionsOut.push(reactions);
          reactions = '';
          yield out;
          out = '';
        }
      }
      bar.add(n);
      reactionsOut.push(reactions);
      yield out;
    };
    bar = progress('posts', N.posts);
    const postsSql = `COPY posts (id, thread_id, category_id, author_id, body, reply_to_id, research_consent, created_at, edited_at, deleted_at, hidden_at) FROM STDIN`;
    const postsSource = postRows();
    // The posts come before their threads here, so the category is written with each post and the
    // trigger that copies it from the thread (the API's path) is off for the load.
    await client.query('ALTER TABLE posts DISABLE TRIGGER posts_take_thread_category');
    // Two connections share one generator: PostgreSQL's work (the tsvector) uses both cores.
    await Promise.all(workers.map((w) => copyFrom(w, postsSql, postsSource)));
    await client.query('ALTER TABLE posts ENABLE TRIGGER posts_take_thread_category');
    bar.end();

    bar = progress('threads, reactions', N.threads + reactionsCount);
    {
      const r = generator(44);
      let out = '';
      let subs = '';
      for (let t = 0; t < N.threads; t++) {
        const place = r() < 0.1 ? places[Math.floor(r() * N.places)] : null;
        const tags = [];
        for (let k = Math.floor(r() * 4); k > 0; k--) tags.push(pick(r, words));
        out += row([
          threads.id[t],
          categories[t % categories.length],
          members[threads.author[t]],
          place,
          r() < 0.3 ? pick(r, challenges) : null,
          title(r, 4 + Math.floor(r() * 6)).slice(0, 200),
          [...new Set(tags)],
          t % Math.max(1, Math.floor(N.threads / 5)) === 1, // five pinned threads
          r() < 0.01,
          r() < 0.002 ? new Date(threads.last[t]) : null,
          threads.count[t],
          new Date(threads.last[t]),
          new Date(threads.first[t]),
        ]);
        subs += row([
          threads.id[t],
          members[threads.author[t]],
          true,
          false,
          new Date(threads.last[t]),
        ]);
        if (r() < 0.2) {
          const reader = (threads.author[t] + 1 + Math.floor(r() * (N.members - 1))) % N.members;
          subs += row([
            threads.id[t],
            members[reader],
            r() < 0.5,
            r() < 0.05,
            new Date(threads.first[t] + (threads.last[t] - threads.first[t]) * r()),
          ]);
        }
      }
      await copyFrom(
        client,
        `COPY threads (id, category_id, author_id, place_id, challenge, title, tags, pinned, locked, hidden_at, posts_count, last_post_at, created_at) FROM STDIN`,
        [out],
      );
      bar.add(N.threads);
      await copyFrom(
        client,
        `COPY thread_subscriptions (thread_id, member_id, following, muted, last_read_at) FROM STDIN`,
        [subs],
      );
      await copyFrom(
        client,
        `COPY post_reactions (post_id, member_id, emoji, created_at) FROM STDIN`,
        (function* () {
          for (const chunk of reactionsOut) {
            yield chunk;
            bar.add(chunk.split('\n').length - 1);
          }
        })(),
      );
      reactionsOut = null;
      bar.end();
    }

    // Conversations: 90 % pairs (each member in a few), 10 % groups of 3 to 6 with a title.
    // Conversation k opens at message k·M/C; messages go to open ones, recent ones more often;
    // an author is one of the participants. Read marks: the last message for its author and for
    // most others, an earlier one for some (unread messages).
    const C = N.conversations;
    const conv = {
      id: new Array(C),
      members: new Array(C),
      first: new Float64Array(C),
      last: new Float64Array(C),
      recent: new Array(C), // the last 4 message ids, newest last
      lastAuthor: new Int32Array(C),
    };
    {
      const r = generator(55);
      const pairs = new Set();
      for (let k = 0; k < C; k++) {
        if (k % 10 === 9 && N.members >= 6) {
          const size = 3 + Math.floor(r() * 4);
          const base = Math.floor(r() * N.members);
          conv.members[k] = Array.from({ length: size }, (_, j) => (base + j * 53) % N.members);
        } else {
          // Pairs (a, a + d): d grows each time every member has been through once.
          const a = k % N.members;
          let d = 1 + Math.floor(k / N.members);
          let b = (a + d) % N.members;
          while (pairs.has(`${Math.min(a, b)}:${Math.max(a, b)}`) || a === b) {
            d++;
            b = (a + d) % N.members;
          }
          pairs.add(`${Math.min(a, b)}:${Math.max(a, b)}`);
          conv.members[k] = [a, b];
        }
        conv.recent[k] = [];
      }
    }
    const messageStep = (end - yearAgo) / N.messages;
    const messageRows = function* () {
      const r = generator(66);
      let opened = 0;
      let out = '';
      let n = 0;
      for (let i = 0; i < N.messages; i++) {
        const at = yearAgo + i * messageStep;
        const id = uuid7(at, 6, i);
        let k;
        if (opened < C && i >= Math.floor((opened * N.messages) / C)) {
          k = opened++;
          conv.id[k] = uuid7(at, 7, k);
          conv.first[k] = at;
        } else k = opened - 1 - Math.floor(Math.pow(r(), 3) * opened);
        const who = conv.recent[k].length === 0 ? 0 : Math.floor(r() * conv.members[k].length);
        const author = conv.members[k][who];
        conv.last[k] = at;
        conv.lastAuthor[k] = author;
        const recent = conv.recent[k];
        recent.push(id);
        if (recent.length > 4) recent.shift();
        out += row([
          id,
          conv.id[k],
          members[author],
          body(r, 3 + Math.floor(r() * 18)),
          `seed-${i}`,
          new Date(at),
          r() < 0.005 ? new Date(at + 60_000) : null,
        ]);
        if (++n === CHUNK) {
          bar.add(n);
          n = 0;
          yield out;
          out = '';
        }
      }
      bar.add(n);
      yield out;
    };
    bar = progress('messages', N.messages);
    const messagesSql = `COPY messages (id, conversation_id, author_id, body, client_message_id, created_at, edited_at) FROM STDIN`;
    const messagesSource = messageRows();
    await Promise.all(workers.map((w) => copyFrom(w, messagesSql, messagesSource)));
    bar.end();
    {
      const r = generator(77);
      let out = '';
      let participants = '';
      for (let k = 0; k < C; k++) {
        if (!conv.id[k]) continue; // never opened (only when C > messages)
        const ms = conv.members[k];
        const group = ms.length > 2;
        const ids = ms.map((m) => members[m]);
        out += row([
          conv.id[k],
          ids[0],
          group,
          group ? title(r, 3).slice(0, 100) : null,
          group ? null : [...ids].sort().join(':'),
          new Date(conv.last[k]),
          new Date(conv.first[k]),
        ]);
        const recent = conv.recent[k];
        for (const m of ms) {
          const behind = m === conv.lastAuthor[k] || r() < 0.7 ? 0 : 1 + Math.floor(r() * 3);
          const mark = recent[Math.max(0, recent.length - 1 - behind)];
          participants += row([conv.id[k], members[m], new Date(conv.first[k]), null, mark]);
        }
      }
      await copyFrom(
        client,
        `COPY conversations (id, created_by, is_group, title, pair_key, last_message_at, created_at) FROM STDIN`,
        [out],
      );
      await copyFrom(
        client,
        `COPY conversation_participants (conversation_id, member_id, joined_at, left_at, last_read_message_id) FROM STDIN`,
        [participants],
      );
    }

    // Indexes (two at a time, on both connections), then the foreign keys (each validated once
    // over the whole table), then statistics and the visibility map.
    bar = progress('indexes and keys', indexes.length + fks.length);
    let next = 0;
    await Promise.all(
      workers.map(async (w) => {
        while (next < indexes.length) {
          await w.query(indexes[next++].indexdef);
          bar.add(1);
        }
      }),
    );
    for (const f of fks) {
      await client.query(`ALTER TABLE ${f.t} ADD CONSTRAINT "${f.conname}" ${f.def}`);
      bar.add(1);
    }
    bar.end();
    bar = progress('vacuum analyze', tables.length);
    next = 0;
    await Promise.all(
      workers.map(async (w) => {
        while (next < tables.length) {
          await w.query(`VACUUM ANALYZE ${tables[next++]}`);
          bar.add(1);
        }
      }),
    );
    bar.end();
    const size = (
      await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`)
    ).rows[0].s;
    log(
      `seeded: ${N.members} members, ${N.places} places, ${N.threads} threads, ${N.posts} posts, ${reactionsCount} reactions, ${C} conversations, ${N.messages} messages; database ${size}`,
    );
  } finally {
    await client.end();
    for (const w of workers) await w.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  const scale = Number(arg('scale', '1'));
  const name = arg('db', `wo_bench_${String(scale).replace('.', '_')}`);
  const cluster = await startCluster({ flags: bulkFlags });
  try {
    const { db } = await ensureSeeded(cluster, {
      name,
      scale,
      force: process.argv.includes('--force'),
    });
    console.log(db.url);
  } finally {
    await cluster.stop();
  }
}
