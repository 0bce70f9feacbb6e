import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pageSize, toPrefixTsQuery, type Connection } from '@wide-open/api/core';
import type { SearchFilter } from './dto/discussion.inputs';
import type { PostEntity } from './entities/post.entity';
import { decodeSearchPosition, encodeSearchPosition, type SearchPosition } from './search-position';

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
 * Ranking every match of a common word across a million posts costs seconds, so hits are ranked
 * within windows of the latest matches: the most relevant of the latest 500 first, then of the
 * 500 before them, and so on (docs/adr/0011). Every match is reached by paging on.
 */
export const WINDOW = 500;
/** Posts read by the probe that tells a dense word from a sparse one in the search's scope. */
const PROBE = 2000;
/**
 * How many posts a walk may read to fill a window. The primary key's posts lie in id order in
 * the table (a walk reads neighbouring rows); a category's are scattered (a page per post,
 * about three times the cost), so the index is worth it sooner there. A word whose probe count
 * predicts a longer walk goes through the GIN index.
 */
const WALK_BUDGET = { table: 50_000, category: 25_000 };
/**
 * The walk gives up at this many times its budget (the probe's estimate is a sample), and the
 * GIN index answers.
 */
const WALK_MARGIN = 1.5;
/**
 * Ids are UUIDv7 taken when a post is written, so they follow `created_at`: a date bound
 * becomes an id bound (with this slack) that the primary key can start its walk from.
 */
const ID_SLACK_MS = 60_000;

interface Row {
  id: string | null;
  thread_id: string;
  author_id: string;
  body: string;
  reply_to_id: string | null;
  research_consent: boolean;
  created_at: Date;
  edited_at: Date | null;
  rank: string;
  snippet: string;
  /** The window's matches: how many (up to WINDOW), the newest and the oldest. */
  matches: number;
  newest: string | null;
  oldest: string | null;
}

/** One window's page: its hits after the position, and what bounds the window. */
interface WindowPage {
  hits: Row[];
  full: boolean;
  newest: string | null;
  oldest: string | null;
}

/** The first UUIDv7 of a millisecond (time-ordered ids compare as their time). */
export function uuidv7Floor(at: Date): string {
  const hex = Math.max(0, Math.floor(at.getTime())).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

type Manager = Pick<DataSource['manager'], 'query'>;
type Way = 'walk' | 'index';

/**
 * Full-text search over posts (visible, not removed), ranked, with highlighted snippets.
 *
 * Two ways to find a window's matches (the latest 500 below its bound), chosen per search
 * (bench/search.mjs and docs/performance.md have the figures behind them):
 * - a word dense in the scope (all posts, a category, a date range) is found by walking the
 *   scope newest first (the primary key, or the category's index) and stopping at the 500th
 *   match: about 10 000 posts for a word in 5 % of them;
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
    let position = decodeSearchPosition(after);
    const tsquery = toPrefixTsQuery(query);
    if (!tsquery) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    // A page that reaches the end of a full window goes on in the window below it (at most
    // once: a fresh window holds more hits than a page).
    const edges: Connection<PostHit>['edges'] = [];
    let more = false;
    for (;;) {
      const page = await this.window(tsquery, filter, position, size + 1 - edges.length);
      // A window is pinned to its newest match once a page has seen it.
      const window =
        position.window ?? (page.newest ? { id: page.newest, inclusive: true } : undefined);
      for (const row of page.hits)
        edges.push({
          cursor: encodeSearchPosition({ window, after: { rank: row.rank, id: row.id! } }),
          node: toHit(row),
        });
      if (edges.length > size) {
        more = true;
        break;
      }
      if (!page.full || !page.oldest) break;
      // Fewer matches than a window would mean nothing lies below it.
      position = { window: { id: page.oldest, inclusive: false } };
      if (edges.length === size) {
        more = true;
        edges[size - 1].cursor = encodeSearchPosition(position);
        break;
      }
    }
    const pageEdges = edges.slice(0, size);
    return {
      edges: pageEdges,
      pageInfo: { hasNextPage: more, endCursor: pageEdges.at(-1)?.cursor ?? null },
    };
  }

  /** The hits of one window after the position (at most `limit`), walked or through the index. */
  private async window(
    tsquery: string,
    filter: SearchFilter | undefined,
    position: SearchPosition,
    limit: number,
  ): Promise<WindowPage> {
    const walkable = !filter?.authorHandle && !filter?.placeId && !filter?.challenge;
    const rows = await this.dataSource.transaction(async (manager) => {
      // The posts and their indexes are expected in memory: a random page is not 4 times the
      // price of a sequential one. With the default, the planner walks the primary key and
      // filters by category rather than walk the category's index, and walks an author's posts
      // rather than combine them with the GIN index (docs/performance.md). The walk reads posts
      // in id order only, so bitmaps (the only way GIN answers) are off while it runs.
      await manager.query(
        `SET LOCAL random_page_cost = 1.1; SET LOCAL enable_bitmapscan = ${walkable ? 'off' : 'on'}`,
      );
      const walk = walkable ? await this.walkLength(manager, tsquery, filter, position) : null;
      if (walk !== null) {
        const walked = await manager.query<Row[]>(
          ...this.statement(tsquery, filter, position, limit, 'walk', walk),
        );
        // Fewer than a window of matches in the walk's posts: the word thins out further back,
        // and only the index finds the rest.
        if (walked[0].matches >= WINDOW) return walked;
      }
      if (walkable) await manager.query('SET LOCAL enable_bitmapscan = on');
      return manager.query<Row[]>(...this.statement(tsquery, filter, position, limit, 'index'));
    });
    const [first] = rows;
    return {
      hits: rows.filter((r) => r.id !== null),
      full: first.matches >= WINDOW,
      newest: first.newest,
      oldest: first.oldest,
    };
  }

  /**
   * How many posts a walk may read to fill the window, or null when the index is cheaper: the
   * word counted in the scope's latest PROBE posts predicts the walk's length.
   */
  private async walkLength(
    manager: Manager,
    tsquery: string,
    filter: SearchFilter | undefined,
    position: SearchPosition,
  ): Promise<number | null> {
    const params: unknown[] = [tsquery];
    const scope = this.scope(filter, position, params);
    const [row] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (
         SELECT p.search, p.created_at FROM posts p WHERE ${scope.walk.join(' AND ') || 'true'}
          ORDER BY p.id DESC LIMIT ${PROBE}
       ) p WHERE p.search @@ to_tsquery('simple', wo_unaccent($1)) ${scope.exact.map((w) => `AND ${w}`).join(' ')}`,
      params,
    );
    const found = row?.n ?? 0;
    const budget = filter?.categoryId ? WALK_BUDGET.category : WALK_BUDGET.table;
    if (found === 0 || (WINDOW * PROBE) / found > budget) return null;
    return Math.round(budget * WALK_MARGIN);
  }

  /**
   * Conditions on posts for the window, the category and dates: `walk` ones an ordered index can
   * start from (the window's bound, the category, the id bounds that the dates imply), `exact`
   * ones checked on each post.
   */
  private scope(
    filter: SearchFilter | undefined,
    position: SearchPosition,
    params: unknown[],
  ): { walk: string[]; exact: string[] } {
    const walk: string[] = [];
    const exact: string[] = [];
    const add = (where: string[], sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (position.window)
      add(walk, `p.id ${position.window.inclusive ? '<=' : '<'} ?::uuid`, position.window.id);
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

  /**
   * The search statement: the window's matches (walked or through the index), ranked, the page
   * after the position; one row at least, which carries the window's bounds.
   */
  private statement(
    tsquery: string,
    filter: SearchFilter | undefined,
    position: SearchPosition,
    limit: number,
    way: Way,
    walk = 0,
  ): [string, unknown[]] {
    const params: unknown[] = [tsquery];
    // The tsquery is written out where it is used (not in a CTE) so that PostgreSQL plans with
    // its value.
    const tsq = `to_tsquery('simple', wo_unaccent($1))`;
    const scope = this.scope(filter, position, params);
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
    // Hidden threads are few: their ids, read once through a partial index, are looked up in a
    // hash for each post (a join to threads per match cost 4 ms a window).
    const visible = `p.deleted_at IS NULL AND p.hidden_at IS NULL
      AND p.thread_id NOT IN (SELECT id FROM threads WHERE hidden_at IS NOT NULL)
      ${threadWhere.length ? `AND EXISTS (SELECT FROM threads t WHERE t.id = p.thread_id AND ${threadWhere.join(' AND ')})` : ''}`;
    const upperBound = Boolean(filter?.to || position.window);
    // Walk: the scope's latest posts in id order (at most `walk` of them), matches kept until
    // the window is full. Index: every match through GIN and the filters' indexes, then the
    // latest; with an upper bound, OFFSET 0 keeps the matching apart from the sort, so
    // PostgreSQL does not walk the primary key past every newer post to reach them.
    const matches =
      way === 'walk'
        ? `SELECT p.id FROM (
             SELECT p.id, p.thread_id, p.search, p.deleted_at, p.hidden_at, p.created_at FROM posts p
              WHERE ${scope.walk.join(' AND ') || 'true'} ORDER BY p.id DESC LIMIT ${walk}
           ) p
           WHERE p.search @@ ${tsq} AND ${visible} ${scope.exact.map((w) => `AND ${w}`).join(' ')}
           ORDER BY p.id DESC LIMIT ${WINDOW}`
        : `SELECT id FROM (
             SELECT p.id FROM posts p
              WHERE p.search @@ ${tsq} AND ${visible}
                    ${[...scope.walk, ...scope.exact, ...postWhere].map((w) => `AND ${w}`).join(' ')}
              ${upperBound ? 'OFFSET 0' : ''}
           ) matches
           ORDER BY id DESC
           LIMIT ${WINDOW}`;
    let after = '';
    if (position.after) {
      params.push(position.after.rank, position.after.id);
      const [rank, id] = [params.length - 1, params.length];
      after = `WHERE (rank_value < $${rank}::real OR (rank_value = $${rank}::real AND id > $${id}::uuid))`;
    }
    params.push(limit);
    // Matches carry ids only: ranking (and reading the rest of a post) happens for the window's
    // 500, never for every match; snippets for the page.
    const sql = `WITH window_matches AS (${matches}),
         ranked AS (
           SELECT p.id, p.thread_id, p.author_id, p.body, p.reply_to_id, p.research_consent, p.created_at, p.edited_at,
                  ts_rank(p.search, ${tsq}) AS rank_value
             FROM window_matches m JOIN posts p ON p.id = m.id
         ),
         page AS (SELECT * FROM ranked ${after} ORDER BY rank_value DESC, id ASC LIMIT $${params.length}),
         bounds AS (SELECT (SELECT count(*)::int FROM window_matches) AS matches,
                           (SELECT id FROM window_matches ORDER BY id DESC LIMIT 1) AS newest,
                           (SELECT id FROM window_matches ORDER BY id LIMIT 1) AS oldest)
         SELECT page.*, page.rank_value::text AS rank, bounds.*,
                ts_headline('simple', page.body, ${tsq},
                  'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2') AS snippet
           FROM bounds LEFT JOIN page ON true
          ORDER BY page.rank_value DESC, page.id ASC`;
    return [sql, params];
  }
}

function toHit(row: Row): PostHit {
  return {
    rank: row.rank,
    snippet: row.snippet,
    post: {
      id: row.id!,
      threadId: row.thread_id,
      authorId: row.author_id,
      body: row.body,
      replyToId: row.reply_to_id,
      researchConsent: row.research_consent,
      createdAt: row.created_at,
      editedAt: row.edited_at,
      deletedAt: null,
      hiddenAt: null,
      heldAt: null,
    } satisfies PostEntity,
  };
}
