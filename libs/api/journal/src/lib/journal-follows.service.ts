import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig, type Viewer } from '@wide-open/api/core';
import type { JournalObject } from './dto/story.objects';
import { JournalFollowerEntity } from './entities/journal-follower.entity';

/** Following the research journal (told of each story published); both are idempotent. */
@Injectable()
export class JournalFollowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async follow(viewer: Viewer): Promise<JournalObject> {
    await this.dataSource.query(
      `INSERT INTO journal_followers (member_id) VALUES ($1) ON CONFLICT DO NOTHING`,
      [viewer.memberId],
    );
    return this.journal(viewer);
  }

  async unfollow(viewer: Viewer): Promise<JournalObject> {
    await this.dataSource.manager.delete(JournalFollowerEntity, { memberId: viewer.memberId });
    return this.journal(viewer);
  }

  async journal(viewer: Viewer | undefined): Promise<JournalObject> {
    const [row] = await this.dataSource.query<Array<{ count: number; follows: boolean }>>(
      `SELECT count(*)::int AS count, coalesce(bool_or(member_id = $1::uuid), false) AS follows
         FROM journal_followers`,
      [viewer?.memberId ?? null],
    );
    return {
      followersCount: row.count,
      viewerFollows: row.follows,
      feedUrl: `${this.config.http.publicUrl}/journal/feed.atom`,
    };
  }
}
