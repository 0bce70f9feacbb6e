import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  BadInputError,
  ForbiddenError,
  InjectConfig,
  toPrefixTsQuery,
  type AppConfig,
  type Viewer,
} from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { CommunityRole } from '@wide-open/shared/contracts';
import { PostEntity } from './entities/post.entity';

export interface ResearchRow {
  permalink: string;
  thread: string;
  author: string;
  date: string;
  body: string;
}

const MAX_ROWS = 5000;

/**
 * The research bridge: researchers export posts whose authors consented to be quoted, with a
 * stable permalink, the author's display name and the date. Nothing else from anyone else.
 */
@Injectable()
export class ResearchExportService {
  constructor(
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async rows(
    viewer: Viewer,
    source: { threadId?: string; search?: string },
  ): Promise<ResearchRow[]> {
    const member = await this.members.findOneByOrFail({ id: viewer.memberId });
    if (member.communityRole !== CommunityRole.RESEARCHER) {
      throw new ForbiddenError('Exports are for members who joined as researchers.');
    }
    if (!source.threadId && !source.search)
      throw new BadInputError({ threadId: 'give a thread or a search' });
    const query = this.posts
      .createQueryBuilder('p')
      .innerJoin('p.thread', 't', 't.hidden_at IS NULL')
      .innerJoin('p.author', 'a')
      .select([
        'p.id AS id',
        'p.thread_id AS thread_id',
        't.title AS title',
        'a.display_name AS author',
        'p.created_at AS created_at',
        'p.body AS body',
      ])
      .where('p.research_consent = true AND p.deleted_at IS NULL AND p.hidden_at IS NULL')
      .orderBy('p.created_at', 'ASC')
      .limit(MAX_ROWS);
    if (source.threadId) query.andWhere('p.thread_id = :threadId', { threadId: source.threadId });
    if (source.search) {
      const tsquery = toPrefixTsQuery(source.search);
      if (!tsquery) return [];
      query.andWhere(`p.search @@ to_tsquery('simple', wo_unaccent(:tsquery))`, { tsquery });
    }
    const raw = await query.getRawMany<{
      id: string;
      thread_id: string;
      title: string;
      author: string;
      created_at: Date;
      body: string;
    }>();
    return raw.map((r) => ({
      permalink: `${this.config.http.publicUrl}/threads/${r.thread_id}#post-${r.id}`,
      thread: r.title,
      author: r.author,
      date: r.created_at.toISOString(),
      body: r.body,
    }));
  }
}

/** RFC 4180 CSV; cells that a spreadsheet would run as formulas are prefixed with an apostrophe. */
export function toCsv(rows: ResearchRow[]): string {
  const header: Array<keyof ResearchRow> = ['permalink', 'thread', 'author', 'date', 'body'];
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return (
    [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\r\n') +
    '\r\n'
  );
}
