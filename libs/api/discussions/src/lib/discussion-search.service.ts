import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  decodeCursor,
  pageSize,
  toConnection,
  toPrefixTsQuery,
  type Connection,
  type Keyset,
} from '@wide-open/api/core';
import type { SearchFilter } from './dto/discussion.inputs';
import type { PostEntity } from './entities/post.entity';

export interface PostHit {
  post: PostEntity;
  snippet: string;
  /** PostgreSQL's real, as text: it goes into cursors unchanged. */
  rank: string;
}

// Control characters mark highlights in snippets: the web app splits on them and renders <mark>
// itself, so no HTML ever travels in a snippet.
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/**
 * Ranking every match of a common word across a million posts costs seconds, so ranking is
 * done among the most recent matches only: "the most relevant of the latest 1 000".
 */
const CANDIDATES = 1000;
/** Posts read by the probe that tells a dense word from a sparse one in the search's scope. */
const PROBE = 2000;
/** A word in at least this many of the probe's posts is dense: walking finds 1 000 soon. */
const DENSE = 40;
/** The walk gives up after this many posts of the scope (then the GIN index answers). */
const WALK = 60_000;
/**
 * Ids are UUIDv7 taken when a post is written, so they follow `created_at`: a date bound
 * becomes an id bound (with this slack) that the primary key can start its walk from.
 */
const ID_SLACK_MS = 60_000;

interface Row {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  reply_to_id: string | null;
  research_consent: boolean;
  created_at: Date;
  edited_at: Date | null;
  rank: string;
  snippet: string;
  candidates: number;
}

/** The first UUIDv7 of a millisecond (time-ordered ids compare as their time). */
export function uuidv7Floor(at: Date): string {
  const hex = Math.max(0, Math.floor(at.getTime())).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

type Manager = Pick<DataSource['manager'], 'query'>;

/**
 * Full-text search over posts (visible, not removed), ranked, with highlighted snippets.
 *
 * Two ways to find the latest 1 000 matches, chosen per search (bench/search.mjs and
 * docs/performance.md have the figures behind them):
 * - a word dense in the scope (all posts, a category, a date range) is found by walking the
 *   scope newest first (the primary key, or the category's index) and stopping at the 1 000th
 *   match: about 20 000 posts for a word in 5 % of them;
 * - a sparse word, or a filter by author, place or challenge, goes through the GIN index (a
 *   bitmap of every match, combined with the filter's index).
 * PostgreSQL's planner alone picks the bitmap for dense words inside a category or a date range
 * (it prices building a bitmap of 50 000 matches below walking 20 000 posts), which costs 3 to
 * 10 times the walk; a probe of the scope's latest 2 000 posts decides instead.
 */
@Injectable()
export class DiscussionSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async posts(
    query: string,
    filter: SearchFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<PostHit>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const tsquery = toPrefixTsQuery(query);
    if (!tsquery)
      return toConnection(
        [],
        size,
        () => ({ value: '', id: '' }),
        (h: PostHit) => h,
      );
    const rows = await this.rows(tsquery, filter, cursor, size);
    const hits = rows.map((r) => ({
      rank: r.rank,
      snippet: r.snippet,
      post: {
        id: r.id,
        threadId: r.thread_id,
        authorId: r.author_id,
        body: r.body,
        replyToId: r.reply_to_id,
        researchConsent: r.research_consent,
        createdAt: r.created_at,
        editedAt: r.edited_at,
        deletedAt: null,
        hiddenAt: null,
        heldAt: null,
      } satisfies PostEntity,
    }));
    return toConnection(
      hits,
      size,
      (h) => ({ value: h.rank, id: h.post.id }),
      (h) => h,
    );
  }

  private async rows(
    tsquery: string,
    filter: SearchFilter | undefined,
    cursor: Keyset | undefined,
    size: number,
  ): Promise<Row[]> {
    const walkable = !filter?.authorHandle && !filter?.placeId && !filter?.challenge;
    return this.dataSource.transaction(async (manager) => {
      // The posts and their indexes are expected in memory: a random page is not 4 times the
      // price of a sequential one. With the default, the planner walks the primary key and
      // filters by category rather than walk the category's index, and walks an author's posts
      // rather than combine them with the GIN index (docs/performance.md). The walk reads posts
      // in id order only, so bitmaps (the only way GIN answers) are off while it runs.
      await manager.query(
        `SET LOCAL random_page_cost = 1.1; SET LOCAL enable_bitmapscan = ${walkable ? 'off' : 'on'}`,
      );
      if (walkable && (await this.isDense(manager, tsquery, filter))) {
        const walked = await manager.query<Row[]>(
          ...this.statement(tsquery, filter, cursor, size, 'walk'),
        );
        // Fewer than 1 000 matches in the walk's posts: the word thins out further back, and
        // only the index finds the rest.
        if (walked.length > 0 && walked[0].candidates >= CANDIDATES) return walked;
      }
      if (walkable) await manager.query('SET LOCAL enable_bitmapscan = on');
      return manager.query<Row[]>(...this.statement(tsquery, filter, cursor, size, 'index'));
    });
  }

  /** Whether the word is in at least DENSE of the scope's latest PROBE posts. */
  private async isDense(
    manager: Manager,
    tsquery: string,
    filter: SearchFilter | undefined,
  ): Promise<boolean> {
    const params: unknown[] = [tsquery];
    const scope = this.scope(filter, params);
    const [row] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (
         SELECT p.search, p.created_at FROM posts p WHERE ${scope.walk.join(' AND ') || 'true'}
          ORDER BY p.id DESC LIMIT ${PROBE}
       ) p WHERE p.search @@ to_tsquery('simple', wo_unaccent($1)) ${scope.exact.map((w) => `AND ${w}`).join(' ')}`,
      params,
    );
    return (row?.n ?? 0) >= DENSE;
  }

  /**
   * Conditions on posts for the category and dates: `walk` ones an ordered index can start from
   * (the category, the id bounds that the dates imply), `exact` ones checked on each post.
   */
  private scope(
    filter: SearchFilter | undefined,
    params: unknown[],
  ): { walk: string[]; exact: string[] } {
    const walk: string[] = [];
    const exact: string[] = [];
    const add = (where: string[], sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    // On the post itself (kept equal to its thread's by triggers), so that an index serves it.
    if (filter?.categoryId) add(walk, 'p.category_id = ?', filter.categoryId);
    if (filter?.from) {
      add(exact, 'p.created_at >= ?', filter.from);
      add(walk, 'p.id >= ?::uuid', uuidv7Floor(new Date(filter.from.getTime() - ID_SLACK_MS)));
    }
    if (filter?.to) {
      add(exact, 'p.created_at < ?', filter.to);
      add(walk, 'p.id < ?::uuid', uuidv7Floor(new Date(filter.to.getTime() + ID_SLACK_MS)));
    }
    return { walk, exact };
  }

  /** The search statement: candidates (walked or through the index), ranked, one page. */
  private statement(
    tsquery: string,
    filter: SearchFilter | undefined,
    cursor: Keyset | undefined,
    size: number,
    way: 'walk' | 'index',
  ): [string, unknown[]] {
    const params: unknown[] = [tsquery];
    // The tsquery is written out where it is used (not in a CTE) so that PostgreSQL plans with
    // its value.
    const tsq = `to_tsquery('simple', wo_unaccent($1))`;
    const scope = this.scope(filter, params);
    const threadWhere: string[] = [];
    const postWhere: string[] = [];
    const add = (where: string[], sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter?.placeId) add(threadWhere, 't.place_id = ?', filter.placeId);
    if (filter?.challenge) add(threadWhere, 't.challenge = ?::challenge', filter.challenge);
    if (filter?.authorHandle)
      add(
        postWhere,
        'p.author_id = (SELECT id FROM members WHERE handle = ?)',
        filter.authorHandle.toLowerCase(),
      );
    const visible = `p.deleted_at IS NULL AND p.hidden_at IS NULL
      AND EXISTS (SELECT FROM threads t WHERE t.id = p.thread_id AND t.hidden_at IS NULL
                  ${threadWhere.map((w) => `AND ${w}`).join(' ')})`;
    // Walk: the scope's latest posts in id order (at most WALK of them), matches kept until
    // the 1 000th. Index: every match through GIN and the filters' indexes, then the latest
    // 1 000; with an upper date bound, OFFSET 0 keeps the matching apart from the sort, so
    // PostgreSQL does not walk the primary key past every newer post to reach them.
    const candidates =
      way === 'walk'
        ? `SELECT p.id FROM (
             SELECT p.id, p.thread_id, p.search, p.deleted_at, p.hidden_at, p.created_at FROM posts p
              WHERE ${scope.walk.join(' AND ') || 'true'} ORDER BY p.id DESC LIMIT ${WALK}
           ) p
           WHERE p.search @@ ${tsq} AND ${visible} ${scope.exact.map((w) => `AND ${w}`).join(' ')}
           ORDER BY p.id DESC LIMIT ${CANDIDATES}`
        : `SELECT id FROM (
             SELECT p.id FROM posts p
              WHERE p.search @@ ${tsq} AND ${visible}
                    ${[...scope.walk, ...scope.exact, ...postWhere].map((w) => `AND ${w}`).join(' ')}
              ${filter?.to ? 'OFFSET 0' : ''}
           ) matches
           ORDER BY id DESC
           LIMIT ${CANDIDATES}`;
    let after = '';
    if (cursor) {
      params.push(cursor.value, cursor.id);
      after = `WHERE (rank_value < $${params.length - 1}::real OR (rank_value = $${params.length - 1}::real AND id > $${params.length}::uuid))`;
    }
    params.push(size + 1);
    // Candidates carry ids only: ranking (and reading the rest of a post) happens for the 1 000
    // candidates, never for every match; snippets for the page.
    const sql = `WITH candidates AS (${candidates}),
         ranked AS (
           SELECT p.id, p.thread_id, p.author_id, p.body, p.reply_to_id, p.research_consent, p.created_at, p.edited_at,
                  ts_rank(p.search, ${tsq}) AS rank_value
             FROM candidates c JOIN posts p ON p.id = c.id
         ),
         page AS (SELECT * FROM ranked ${after} ORDER BY rank_value DESC, id ASC LIMIT $${params.length})
         SELECT page.*, page.rank_value::text AS rank, (SELECT count(*)::int FROM candidates) AS candidates,
                ts_headline('simple', page.body, ${tsq},
                  'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2') AS snippet
           FROM page
          ORDER BY page.rank_value DESC, page.id ASC`;
    return [sql, params];
  }
}
