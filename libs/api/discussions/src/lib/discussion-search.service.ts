import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  decodeCursor,
  pageSize,
  toConnection,
  toPrefixTsQuery,
  type Connection,
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
 * done among the most recent matches only (found through the GIN index, or the primary key
 * walked backwards when matches are dense): "the most relevant of the latest 1 000".
 */
const CANDIDATES = 1000;

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
}

/** Full-text search over posts (visible, not removed), ranked, with highlighted snippets. */
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
    const params: unknown[] = [tsquery];
    // The tsquery is written out where it is used (not in a CTE) so that PostgreSQL plans with
    // its value: the statistics then tell a word in 5 % of posts (walk the primary key
    // backwards, newest first, and stop at the 1 000th match) from a rare one (the GIN index).
    const tsq = `to_tsquery('simple', wo_unaccent($1))`;
    const threadWhere: string[] = [];
    const postWhere: string[] = [];
    const add = (where: string[], sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    // On the post itself (kept equal to its thread's): PostgreSQL can then AND the category's
    // index with the GIN index instead of reading every match of the word.
    if (filter?.categoryId) add(postWhere, 'p.category_id = ?', filter.categoryId);
    if (filter?.placeId) add(threadWhere, 't.place_id = ?', filter.placeId);
    if (filter?.challenge) add(threadWhere, 't.challenge = ?::challenge', filter.challenge);
    if (filter?.authorHandle)
      add(
        postWhere,
        'p.author_id = (SELECT id FROM members WHERE handle = ?)',
        filter.authorHandle.toLowerCase(),
      );
    if (filter?.from) add(postWhere, 'p.created_at >= ?', filter.from);
    if (filter?.to) add(postWhere, 'p.created_at < ?', filter.to);
    let after_ = '';
    if (cursor) {
      params.push(cursor.value, cursor.id);
      after_ = `WHERE (rank_value < $${params.length - 1}::real OR (rank_value = $${params.length - 1}::real AND id > $${params.length}::uuid))`;
    }
    params.push(size + 1);
    // Candidates carry ids only: ranking (and reading the rest of a post) happens for the 1 000
    // candidates, never for every match. With an upper date bound, the walk down the primary key
    // would first step over every newer post (PostgreSQL assumes matches are spread evenly along
    // it, not that ids follow time): OFFSET 0 keeps that subquery apart, so its matches are found
    // through the indexes and then sorted.
    const rows = await this.dataSource.transaction(async (manager) => {
      // The posts and their indexes are expected in memory: a random page is not 4 times the
      // price of a sequential one, and with the default the planner walks 250 000 posts rather
      // than read the 40 000 pages of a bitmap (bench/search.mjs, docs/performance.md).
      await manager.query('SET LOCAL random_page_cost = 1.1');
      return manager.query<Row[]>(
        `WITH candidates AS (
           SELECT id FROM (
             SELECT p.id
               FROM posts p
              WHERE p.search @@ ${tsq} AND p.deleted_at IS NULL AND p.hidden_at IS NULL
                    AND EXISTS (SELECT FROM threads t WHERE t.id = p.thread_id AND t.hidden_at IS NULL
                                ${threadWhere.map((w) => `AND ${w}`).join(' ')})
                    ${postWhere.map((w) => `AND ${w}`).join(' ')}
              ${filter?.to ? 'OFFSET 0' : ''}
           ) matches
           ORDER BY id DESC
           LIMIT ${CANDIDATES}
         ),
         ranked AS (
           SELECT p.id, p.thread_id, p.author_id, p.body, p.reply_to_id, p.research_consent, p.created_at, p.edited_at,
                  ts_rank(p.search, ${tsq}) AS rank_value
             FROM candidates c JOIN posts p ON p.id = c.id
         ),
         page AS (SELECT * FROM ranked ${after_} ORDER BY rank_value DESC, id ASC LIMIT $${params.length})
         SELECT page.*, page.rank_value::text AS rank,
                ts_headline('simple', page.body, ${tsq},
                  'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2') AS snippet
           FROM page
          ORDER BY page.rank_value DESC, page.id ASC`,
        params,
      );
    });
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
}
