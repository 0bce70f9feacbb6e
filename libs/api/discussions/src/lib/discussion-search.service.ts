import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  decodeCursor,
  pageSize,
  toConnection,
  toPrefixTsQuery,
  type Connection,
} from '@wide-open/api/core';
import type { SearchFilter } from './dto/discussion.inputs';
import { PostEntity } from './entities/post.entity';

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

/** Full-text search over posts (visible, not removed), ranked, with highlighted snippets. */
@Injectable()
export class DiscussionSearchService {
  constructor(@InjectRepository(PostEntity) private readonly postsRepo: Repository<PostEntity>) {}

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
    const q = this.postsRepo
      .createQueryBuilder('p')
      .innerJoin('p.thread', 't', 't.hidden_at IS NULL')
      .where(`p.search @@ to_tsquery('simple', wo_unaccent(:tsquery))`, { tsquery })
      .andWhere('p.deleted_at IS NULL AND p.hidden_at IS NULL')
      .addSelect(`ts_rank(p.search, to_tsquery('simple', wo_unaccent(:tsquery)))::text`, 'rank')
      .addSelect(
        `ts_headline('simple', p.body, to_tsquery('simple', wo_unaccent(:tsquery)), :headlineOptions)`,
        'snippet',
      )
      .setParameter(
        'headlineOptions',
        `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2`,
      )
      .orderBy('rank', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .limit(size + 1);
    if (filter?.categoryId)
      q.andWhere('t.category_id = :categoryId', { categoryId: filter.categoryId });
    if (filter?.placeId) q.andWhere('t.place_id = :placeId', { placeId: filter.placeId });
    if (filter?.challenge)
      q.andWhere('t.challenge = :challengeFilter', { challengeFilter: filter.challenge });
    if (filter?.authorHandle) {
      q.innerJoin('p.author', 'a', 'a.handle = :authorHandle', {
        authorHandle: filter.authorHandle.toLowerCase(),
      });
    }
    if (filter?.from) q.andWhere('p.created_at >= :from', { from: filter.from });
    if (filter?.to) q.andWhere('p.created_at < :to', { to: filter.to });
    if (cursor) {
      const rank = `ts_rank(p.search, to_tsquery('simple', wo_unaccent(:tsquery)))`;
      q.andWhere(`(${rank} < :r::real OR (${rank} = :r::real AND p.id > :i::uuid))`, {
        r: cursor.value,
        i: cursor.id,
      });
    }
    const { entities, raw } = await q.getRawAndEntities<{ rank: string; snippet: string }>();
    const rows = entities.map((post, i) => ({ post, rank: raw[i].rank, snippet: raw[i].snippet }));
    return toConnection(
      rows,
      size,
      (h) => ({ value: h.rank, id: h.post.id }),
      (h) => h,
    );
  }
}
