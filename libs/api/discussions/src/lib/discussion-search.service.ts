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
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter?.categoryId) add('t.category_id = ?', filter.categoryId);
    if (filter?.placeId) add('t.place_id = ?', filter.placeId);
    if (filter?.challenge) add('t.challenge = ?::challenge', filter.challenge);
    if (filter?.authorHandle)
      add(
        'p.author_id = (SELECT id FROM members WHERE handle = ?)',
        filter.authorHandle.toLowerCase(),
      );
    if (filter?.from) add('p.created_at >= ?', filter.from);
    if (filter?.to) add('p.created_at < ?', filter.to);
    let after_ = '';
    if (cursor) {
      params.push(cursor.value, cursor.id);
      after_ = `WHERE (rank_value < $${params.length - 1}::real OR (rank_value = $${params.length - 1}::real AND id > $${params.length}::uuid))`;
    }
    params.push(size + 1);
    const rows = await this.dataSource.query<Row[]>(
      `WITH q AS (SELECT to_tsquery('simple', wo_unaccent($1)) AS query),
       candidates AS (
         SELECT p.id, p.thread_id, p.author_id, p.body, p.reply_to_id, p.research_consent, p.created_at, p.edited_at,
                ts_rank(p.search, q.query) AS rank_value
           FROM posts p JOIN threads t ON t.id = p.thread_id, q
          WHERE p.search @@ q.query AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND t.hidden_at IS NULL
                ${where.map((w) => `AND ${w}`).join(' ')}
          ORDER BY p.id DESC
          LIMIT ${CANDIDATES}
       ),
       page AS (SELECT * FROM candidates ${after_} ORDER BY rank_value DESC, id ASC LIMIT $${params.length})
       SELECT page.*, page.rank_value::text AS rank,
              ts_headline('simple', page.body, q.query,
                'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2') AS snippet
         FROM page, q
        ORDER BY page.rank_value DESC, page.id ASC`,
      params,
    );
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
