import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { LoaderFactory } from '@wide-open/api/core';
import { ReportTarget } from './entities/report.entity';

export interface ReportTargetKey {
  targetType: ReportTarget;
  targetId: string;
}

/**
 * Where moderators can open reported content in the web app, one query per kind of target per
 * request. Private messages have no such place (moderators are not participants): null.
 */
@Injectable()
export class ReportPathLoader implements LoaderFactory<ReportTargetKey, string | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create() {
    return new DataLoader<ReportTargetKey, string | null, string>(
      async (keys) => {
        const idsOf = (type: ReportTarget) =>
          keys.filter((k) => k.targetType === type).map((k) => k.targetId);
        const [posts, places, members] = await Promise.all([
          this.rows(
            'SELECT id, thread_id AS ref FROM posts WHERE id = ANY($1::uuid[])',
            idsOf(ReportTarget.POST),
          ),
          this.rows(
            'SELECT id, slug AS ref FROM places WHERE id = ANY($1::uuid[])',
            idsOf(ReportTarget.PLACE),
          ),
          this.rows(
            'SELECT id, handle AS ref FROM members WHERE id = ANY($1::uuid[])',
            idsOf(ReportTarget.MEMBER),
          ),
        ]);
        return keys.map(({ targetType, targetId }) => {
          switch (targetType) {
            case ReportTarget.THREAD:
              return `/discussions/${targetId}`;
            case ReportTarget.POST: {
              const thread = posts.get(targetId);
              return thread ? `/discussions/${thread}#post-${targetId}` : null;
            }
            case ReportTarget.PLACE: {
              const slug = places.get(targetId);
              return slug ? `/places/${encodeURIComponent(slug)}` : null;
            }
            case ReportTarget.MEMBER: {
              const handle = members.get(targetId);
              return handle ? `/members/${encodeURIComponent(handle)}` : null;
            }
            case ReportTarget.MESSAGE:
              return null;
          }
        });
      },
      { cacheKeyFn: (k) => `${k.targetType}:${k.targetId}` },
    );
  }

  private async rows(sql: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; ref: string }>>(sql, [ids]);
    return new Map(rows.map((r) => [r.id, r.ref]));
  }
}
