// The raw baseline: a minimal Node http server answering the benches' reads (and `Login`) at
// POST /graphql by operation name, with the same SQL the API issues for them (taken from the
// API's own `pg` client by bench/capture-sql.mjs: same statements, same order, same batching),
// through one `pg` pool of the same size, and JSON of the same data. No GraphQL, no Nest, no
// TypeORM: what is left is the database's work plus the least HTTP and JSON a server needs.
// The search statement is the API's own, built by its DiscussionSearchService (from dist).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import { verify } from '@node-rs/argon2';
import pg from 'pg';

const require = createRequire(import.meta.url);

const MEMBER = `m.id, m.email, m.password_hash, m.handle, m.display_name, m.status, m.role, m.community_role,
  m.sector, m.locale, m.headline, m.bio, m.city, m.country, m.languages, m.skills, m.interests, m.avatar_url,
  m.avatar_upload_id, m.links, m.motivation, m.decision_message, m.decided_at, m.decided_by,
  m.suspension_reason, m.suspended_until, m.deleted_at, m.created_at, m.updated_at`;
const THREAD = `t.id, t.category_id, t.author_id, t.place_id, t.challenge, t.title, t.tags, t.pinned, t.locked,
  t.hidden_at, t.held_at, t.posts_count, t.last_post_at, t.created_at`;
const POST = `p.id, p.thread_id, p.author_id, p.body, p.reply_to_id, p.research_consent, p.created_at,
  p.edited_at, p.deleted_at, p.hidden_at, p.held_at`;
const MESSAGE = `m.id, m.conversation_id, m.author_id, m.body, m.client_message_id, m.created_at, m.edited_at, m.deleted_at`;
const PLACE = `p.id, p.slug, p.name, p.summary, p.description, p.kinds, p.status, p.founded_year, p.city,
  p.country, p.latitude, p.longitude, p.website, p.address, p.links, p.videos, p.hidden_at, p.hidden_reason,
  p.challenges, p.facts, p.created_by, p.created_at, p.updated_at`;
const UNREAD_THREADS = `SELECT k.member_id || ':' || k.thread_id AS key, count(p.id)::int AS unread
  FROM unnest($1::uuid[], $2::uuid[]) AS k(member_id, thread_id)
  LEFT JOIN thread_subscriptions s ON s.thread_id = k.thread_id AND s.member_id = k.member_id
  LEFT JOIN posts p ON p.thread_id = k.thread_id AND p.deleted_at IS NULL AND p.created_at > coalesce(s.last_read_at, '-infinity'::timestamptz)
  GROUP BY k.member_id, k.thread_id`;
const UNREAD_CONVERSATIONS = `SELECT p.member_id || ':' || p.conversation_id AS key, count(m.id)::int AS n
  FROM unnest($1::uuid[], $2::uuid[]) AS k(member_id, conversation_id)
  JOIN conversation_participants p ON p.member_id = k.member_id AND p.conversation_id = k.conversation_id
  LEFT JOIN messages m ON m.conversation_id = p.conversation_id AND m.author_id <> p.member_id AND m.deleted_at IS NULL
   AND (p.last_read_message_id IS NULL OR m.id > p.last_read_message_id)
  GROUP BY p.member_id, p.conversation_id`;
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

const uniq = (xs) => [...new Set(xs.filter(Boolean))];
const byId = (rows) => new Map(rows.map((r) => [r.id, r]));
const author = (m) =>
  m && { id: m.id, handle: m.handle, displayName: m.display_name, avatarUrl: m.avatar_url };

/** Starts the raw server on a free port; `sqlLog` appends its statements as sql-capture.cjs does. */
export async function startRawServer(databaseUrl, { poolSize = 20, sqlLog } = {}) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const q = async (text, params) => {
    if (sqlLog) fs.appendFileSync(sqlLog, JSON.stringify({ at: Date.now(), text, params }) + '\n');
    return (await pool.query(text, params)).rows;
  };
  const members = async (ids) =>
    ids.length
      ? byId(await q(`SELECT ${MEMBER} FROM members m WHERE m.id = ANY($1::uuid[])`, [ids]))
      : new Map();

  require('../../tools/scripts/register-dist-paths.cjs');
  const {
    DiscussionSearchService,
  } = require('../../dist/api/libs/api/discussions/src/lib/discussion-search.service.js');
  const search = new DiscussionSearchService({
    query: (text, params) => q(text, params),
    transaction: async (work) => {
      const client = await pool.connect();
      const cq = async (text, params) => {
        if (sqlLog)
          fs.appendFileSync(sqlLog, JSON.stringify({ at: Date.now(), text, params }) + '\n');
        return (await client.query(text, params)).rows;
      };
      try {
        await cq('START TRANSACTION');
        const result = await work({ query: cq });
        await cq('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
  });

  const viewerOf = async (req) => {
    const token = /(?:^|;\s*)wo_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (!token) return null;
    const hash = createHash('sha256').update(decodeURIComponent(token)).digest('hex');
    const [row] = await q(
      `SELECT s.id AS session_id, m.id AS member_id, m.role AS role, m.status AS status FROM sessions s
        INNER JOIN members m ON m.id = s.member_id WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hash],
    );
    return row ?? null;
  };

  const threadSummaries = async (viewer, threads) => {
    const unread = new Map(
      (
        await q(UNREAD_THREADS, [threads.map(() => viewer.member_id), threads.map((t) => t.id)])
      ).map((r) => [r.key, r.unread]),
    );
    const categories = byId(
      await q(
        `SELECT c.id, c.slug, c.name_en, c.name_fr, c.description_en, c.description_fr, c.position
                 FROM categories c WHERE c.id = ANY($1::uuid[])`,
        [uniq(threads.map((t) => t.category_id))],
      ),
    );
    const authors = await members(uniq(threads.map((t) => t.author_id)));
    return threads.map((t) => ({
      id: t.id,
      title: t.title,
      pinned: t.pinned,
      locked: t.locked,
      hidden: Boolean(t.hidden_at),
      awaitingReview: Boolean(t.held_at),
      challenge: t.challenge,
      tags: t.tags,
      postsCount: t.posts_count,
      lastPostAt: t.last_post_at,
      createdAt: t.created_at,
      unreadCount: unread.get(`${viewer.member_id}:${t.id}`) ?? 0,
      category: { id: t.category_id, name: categories.get(t.category_id)?.name_en },
      author: author(authors.get(t.author_id)),
    }));
  };

  const operations = {
    async Login(_viewer, { email, password }, res) {
      const [m] = await q(`SELECT ${MEMBER} FROM members m WHERE m.email = $1 LIMIT 1`, [
        email.toLowerCase(),
      ]);
      if (!m || !(await verify(m.password_hash, password))) throw new Error('invalid credentials');
      const token = randomBytes(32).toString('base64url');
      await q(
        `INSERT INTO sessions (id, member_id, token_hash, created_at, expires_at, revoked_at, user_agent)
         VALUES ($1, $2, $3, DEFAULT, $4, $5, $6) RETURNING created_at`,
        [
          randomUUID(),
          m.id,
          createHash('sha256').update(token).digest('hex'),
          new Date(Date.now() + 30 * 86_400_000),
          null,
          null,
        ],
      );
      res.setHeader('set-cookie', `wo_session=${token}; Path=/; HttpOnly; SameSite=Lax`);
      return {
        login: {
          member: {
            id: m.id,
            handle: m.handle,
            displayName: m.display_name,
            email: m.email,
            status: m.status,
            role: m.role,
          },
        },
      };
    },
    async Threads(viewer, { first = 20 }) {
      const rows = await q(
        `SELECT ${THREAD}, (CASE WHEN t.pinned THEN '1' ELSE '0' END) || '|' || to_char(t.last_post_at AT TIME ZONE 'UTC', ${ISO}) AS cursor_value
           FROM threads t WHERE t.hidden_at IS NULL ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC LIMIT $1`,
        [first + 1],
      );
      const page = rows.slice(0, first);
      const nodes = await threadSummaries(viewer, page);
      return {
        threads: {
          edges: nodes.map((node, i) => ({ cursor: page[i].cursor_value, node })),
          pageInfo: {
            hasNextPage: rows.length > first,
            endCursor: page.at(-1)?.cursor_value ?? null,
          },
        },
      };
    },
    async Thread(viewer, { id }) {
      const [t] = await q(`SELECT ${THREAD} FROM threads t WHERE t.id = $1 LIMIT 1`, [id]);
      if (!t) return { thread: null };
      const [summary] = await threadSummaries(viewer, [t]);
      const [sub] = await q(
        `SELECT s.thread_id, s.member_id, s.following, s.muted, s.last_read_at FROM thread_subscriptions s
          WHERE s.member_id = ANY($1::uuid[]) AND s.thread_id = ANY($2::uuid[])`,
        [[viewer.member_id], [id]],
      );
      const place = t.place_id
        ? (await q(`SELECT ${PLACE} FROM places p WHERE p.id = ANY($1::uuid[])`, [[t.place_id]]))[0]
        : null;
      return {
        thread: {
          ...summary,
          viewerFollows: Boolean(sub?.following),
          viewerMuted: Boolean(sub?.muted),
          place: place && { id: place.id, slug: place.slug, name: place.name },
        },
      };
    },
    async ThreadPosts(_viewer, { id, first = 25 }) {
      const [t] = await q(`SELECT ${THREAD} FROM threads t WHERE t.id = $1 LIMIT 1`, [id]);
      if (!t) return { thread: null };
      const rows = await q(
        `SELECT ${POST}, to_char(p.created_at AT TIME ZONE 'UTC', ${ISO}) AS cursor_at FROM posts p
          WHERE p.thread_id = $1 ORDER BY p.created_at ASC, p.id ASC LIMIT $2`,
        [id, first + 1],
      );
      const page = rows.slice(0, first);
      const authors = await members(uniq(page.map((p) => p.author_id)));
      const reactions = await q(
        `SELECT r.post_id, r.member_id, r.emoji, r.created_at, ${MEMBER} FROM post_reactions r
           LEFT JOIN members m ON m.id = r.member_id WHERE r.post_id = ANY($1::uuid[]) ORDER BY r.created_at ASC`,
        [page.map((p) => p.id)],
      );
      const replyIds = uniq(page.map((p) => p.reply_to_id));
      const replies = replyIds.length
        ? byId(await q(`SELECT ${POST} FROM posts p WHERE p.id = ANY($1::uuid[])`, [replyIds]))
        : new Map();
      const missing = uniq([...replies.values()].map((r) => r.author_id)).filter(
        (a) => !authors.has(a),
      );
      for (const [k, v] of await members(missing)) authors.set(k, v);
      return {
        thread: {
          id,
          posts: {
            edges: page.map((p) => {
              const reply = p.reply_to_id && replies.get(p.reply_to_id);
              const mine = reactions.filter((r) => r.post_id === p.id);
              const emojis = uniq(mine.map((r) => r.emoji));
              return {
                cursor: p.cursor_at,
                node: {
                  id: p.id,
                  threadId: p.thread_id,
                  body: p.deleted_at || p.hidden_at ? '' : p.body,
                  deleted: Boolean(p.deleted_at),
                  hidden: Boolean(p.hidden_at),
                  awaitingReview: Boolean(p.held_at),
                  editedAt: p.edited_at,
                  createdAt: p.created_at,
                  researchConsent: p.research_consent,
                  author: author(authors.get(p.author_id)),
                  replyTo: reply && {
                    id: reply.id,
                    body: reply.body,
                    deleted: Boolean(reply.deleted_at),
                    author: author(authors.get(reply.author_id)),
                  },
                  reactions: emojis.map((e) => {
                    const of = mine.filter((r) => r.emoji === e);
                    return {
                      emoji: e,
                      count: of.length,
                      viewerReacted: false,
                      members: of.map((r) => ({ id: r.member_id, displayName: r.display_name })),
                    };
                  }),
                  revisions: [],
                },
              };
            }),
            pageInfo: {
              hasNextPage: rows.length > first,
              endCursor: page.at(-1)?.cursor_at ?? null,
            },
          },
        },
      };
    },
    async SearchPosts(_viewer, { query, first = 20 }) {
      const connection = await search.posts(query, undefined, first);
      const hits = connection.edges.map((e) => e.node);
      const authors = await members(uniq(hits.map((h) => h.post.author_id ?? h.post.authorId)));
      const threads = byId(
        await q(`SELECT ${THREAD} FROM threads t WHERE t.id = ANY($1::uuid[])`, [
          uniq(hits.map((h) => h.post.thread_id ?? h.post.threadId)),
        ]),
      );
      return {
        searchPosts: {
          edges: connection.edges.map((e) => {
            const p = e.node.post;
            const t = threads.get(p.thread_id ?? p.threadId);
            return {
              cursor: e.cursor,
              node: {
                snippet: e.node.snippet,
                post: {
                  id: p.id,
                  createdAt: p.created_at ?? p.createdAt,
                  author: author(authors.get(p.author_id ?? p.authorId)),
                },
                thread: t && { id: t.id, title: t.title },
              },
            };
          }),
          pageInfo: connection.pageInfo,
        },
      };
    },
    async Place(viewer, { slug }) {
      const [p] = await q(`SELECT ${PLACE} FROM places p WHERE p.slug = $1 LIMIT 1`, [slug]);
      if (!p) return { place: null };
      const [count] = await q(
        `SELECT f.place_id, count(*)::int AS count FROM place_followers f WHERE f.place_id = ANY($1::uuid[]) GROUP BY f.place_id`,
        [[p.id]],
      );
      const follows = await q(
        `SELECT f.place_id, f.member_id, f.created_at FROM place_followers f WHERE f.member_id = ANY($1::uuid[]) AND f.place_id = ANY($2::uuid[])`,
        [[viewer.member_id], [p.id]],
      );
      const photos = await q(
        `SELECT ph.place_id, ph.upload_id, ph.position, ph.caption, u.id, u.owner_id, u.width, u.height, u.variants, u.attached_at, u.created_at
           FROM place_photos ph LEFT JOIN uploads u ON u.id = ph.upload_id WHERE ph.place_id = ANY($1::uuid[]) ORDER BY ph.position ASC`,
        [[p.id]],
      );
      const team = await q(
        `SELECT pm.place_id, pm.member_id, pm.role AS team_role, pm.created_at AS team_since, ${MEMBER} FROM place_members pm
           LEFT JOIN members m ON m.id = pm.member_id WHERE pm.place_id = ANY($1::uuid[]) ORDER BY pm.created_at ASC`,
        [[p.id]],
      );
      const lessons = await q(
        `SELECT l.id, l.place_id, l.challenge, l.title, l.context, l.what_we_tried, l.outcome, l.advice, l.figures, l.author_id, l.created_at, l.updated_at
           FROM lessons l WHERE l.place_id = ANY($1::uuid[]) ORDER BY l.created_at DESC, l.id DESC`,
        [[p.id]],
      );
      // The API loads the lessons' authors, then the place's creator, one statement each.
      const lessonAuthors = await members(uniq(lessons.map((l) => l.author_id)));
      const creator = await members([p.created_by]);
      return {
        place: {
          id: p.id,
          slug: p.slug,
          name: p.name,
          summary: p.summary,
          description: p.description,
          kinds: p.kinds,
          status: p.status,
          foundedYear: p.founded_year,
          address: p.address,
          city: p.city,
          country: p.country,
          latitude: p.latitude,
          longitude: p.longitude,
          website: p.website,
          links: p.links,
          videos: p.videos,
          challenges: p.challenges,
          facts: p.facts,
          hidden: Boolean(p.hidden_at),
          hiddenReason: p.hidden_reason,
          createdAt: p.created_at,
          followersCount: count?.count ?? 0,
          viewerFollows: follows.length > 0,
          photos: photos.map((ph) => ({
            id: ph.upload_id,
            caption: ph.caption,
            width: ph.width,
            height: ph.height,
          })),
          team: team.map((t) => ({ role: t.team_role, member: author(t) })),
          lessons: lessons.map((l) => ({
            id: l.id,
            challenge: l.challenge,
            title: l.title,
            context: l.context,
            whatWeTried: l.what_we_tried,
            outcome: l.outcome,
            advice: l.advice,
            figures: l.figures,
            createdAt: l.created_at,
            author: author(lessonAuthors.get(l.author_id)),
          })),
          createdBy: author(creator.get(p.created_by)),
        },
      };
    },
    async Conversations(viewer, { first = 20 }) {
      const rows = await q(
        `SELECT c.id, c.created_by, c.is_group, c.title, c.pair_key, c.last_message_at, c.created_at,
                to_char(c.last_message_at AT TIME ZONE 'UTC', ${ISO}) AS cursor_at
           FROM conversations c INNER JOIN conversation_participants p ON p.conversation_id = c.id AND p.member_id = $1 AND p.left_at IS NULL
          ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2`,
        [viewer.member_id, first + 1],
      );
      const page = rows.slice(0, first);
      const nodes = await conversationSummaries(viewer, page);
      return {
        conversations: {
          edges: nodes.map((node, i) => ({ cursor: page[i].cursor_at, node })),
          pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.cursor_at ?? null },
        },
      };
    },
    async Conversation(viewer, { id, first = 30 }) {
      // The API checks the viewer's participation with TypeORM's findOne (two statements).
      const [mine] = await q(
        `SELECT DISTINCT p.conversation_id, p.member_id FROM conversation_participants p LEFT JOIN conversations c ON c.id = p.conversation_id
          WHERE p.conversation_id = $1 AND p.member_id = $2 AND p.left_at IS NULL ORDER BY 1, 2 LIMIT 1`,
        [id, viewer.member_id],
      );
      if (!mine) return { conversation: null };
      const [c] = await q(
        `SELECT p.conversation_id, p.member_id, p.joined_at, p.left_at, p.last_read_message_id, c.id, c.created_by, c.is_group, c.title, c.pair_key, c.last_message_at, c.created_at
           FROM conversation_participants p LEFT JOIN conversations c ON c.id = p.conversation_id
          WHERE p.conversation_id = $1 AND p.member_id = $2 AND p.left_at IS NULL`,
        [id, viewer.member_id],
      );
      const rows = await q(
        `SELECT ${MESSAGE} FROM messages m WHERE m.conversation_id = $1 ORDER BY m.id DESC LIMIT $2`,
        [id, first + 1],
      );
      const [summary] = await conversationSummaries(viewer, [c], rows);
      const page = rows.slice(0, first);
      return {
        conversation: {
          ...summary,
          messages: {
            edges: page.map((m) => ({ cursor: m.id, node: messageOf(m, summary.authors) })),
            pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.id ?? null },
          },
          authors: undefined,
        },
      };
    },
  };

  const messageOf = (m, authors) => ({
    id: m.id,
    conversationId: m.conversation_id,
    body: m.deleted_at ? '' : m.body,
    clientMessageId: m.client_message_id,
    createdAt: m.created_at,
    editedAt: m.edited_at,
    deleted: Boolean(m.deleted_at),
    author: author(authors.get(m.author_id)),
  });

  async function conversationSummaries(viewer, conversations, messages = []) {
    const ids = conversations.map((c) => c.id);
    const unread = new Map(
      (await q(UNREAD_CONVERSATIONS, [ids.map(() => viewer.member_id), ids])).map((r) => [
        r.key,
        r.n,
      ]),
    );
    const participants = await q(
      `SELECT p.conversation_id, p.member_id, p.joined_at, p.left_at, p.last_read_message_id, ${MEMBER}
         FROM conversation_participants p LEFT JOIN members m ON m.id = p.member_id
        WHERE p.conversation_id = ANY($1::uuid[]) AND p.left_at IS NULL ORDER BY p.joined_at ASC`,
      [ids],
    );
    const last = byId(
      (
        await q(
          `SELECT DISTINCT ON (m.conversation_id) ${MESSAGE} FROM messages m WHERE m.conversation_id = ANY($1::uuid[])
            ORDER BY m.conversation_id ASC, m.id DESC`,
          [ids],
        )
      ).map((m) => ({ ...m, id: m.conversation_id, messageId: m.id })),
    );
    const authors = byId(participants.map((p) => ({ ...p, id: p.member_id })));
    // As the API: the messages' authors through the member loader (one statement), participants or not.
    for (const [k, v] of await members(
      uniq([...last.values(), ...messages].map((m) => m.author_id)),
    ))
      authors.set(k, v);
    return conversations.map((c) => {
      const lastMessage = last.get(c.id);
      const of = participants.filter((p) => p.conversation_id === c.id);
      return {
        id: c.id,
        title: c.title,
        isGroup: c.is_group,
        lastMessageAt: c.last_message_at,
        createdById: c.created_by,
        unreadCount: unread.get(`${viewer.member_id}:${c.id}`) ?? 0,
        participants: of.map((p) => author({ ...p, id: p.member_id })),
        readMarks: of.map((p) => ({
          member: { id: p.member_id },
          messageId: p.last_read_message_id,
        })),
        lastMessage:
          lastMessage && messageOf({ ...lastMessage, id: lastMessage.messageId }, authors),
        authors,
      };
    });
  }

  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      let body;
      try {
        const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const op = operations[operationName];
        if (!op) throw new Error(`unknown operation ${operationName}`);
        const viewer = operationName === 'Login' ? null : await viewerOf(req);
        if (operationName !== 'Login' && !viewer) throw new Error('not signed in');
        const data = await op(viewer, variables ?? {}, res);
        if (data.conversation) delete data.conversation.authors;
        if (data.conversations) for (const e of data.conversations.edges) delete e.node.authors;
        body = JSON.stringify({ data });
      } catch (e) {
        body = JSON.stringify({ errors: [{ message: e.message }] });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  server.keepAliveTimeout = 65_000;
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    pid: process.pid,
    async stop() {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

/** The raw server in its own process (as the API is), so that it does not share the load generator's event loop. */
export async function spawnRawServer(databaseUrl, { poolSize = 20 } = {}) {
  const { spawn } = await import('node:child_process');
  const child = spawn(
    process.execPath,
    [new URL(import.meta.url).pathname, databaseUrl, String(poolSize)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`raw server exited (${code})`)));
  });
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

if (
  process.argv[1] &&
  import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href
) {
  const server = await startRawServer(process.argv[2], { poolSize: Number(process.argv[3] ?? 20) });
  console.log(`listening ${server.url}`);
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}
