import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  decodeCursor,
  pageSize,
  toConnection,
  toPrefixTsQuery,
  type Connection,
  rankedPage,
  alphabeticalPage,
} from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { MemberStatus, TagKind } from '@wide-open/shared/contracts';
import type { MemberFilter } from './dto/members.args';

/** Finding members: profiles by handle, the directory, tag suggestions. */
@Injectable()
export class DirectoryService {
  constructor(@InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>) {}

  /** ACTIVE members only: applicants, rejected and suspended members have no public profile. */
  byHandle(handle: string): Promise<MemberEntity | null> {
    return this.members.findOneBy({ handle: handle.toLowerCase(), status: MemberStatus.ACTIVE });
  }

  /**
   * ACTIVE members, alphabetical; with `search`, most relevant first. Keyset on (name, id) or
   * (rank, id); filters are served by the GIN and b-tree indexes of the initial migrations.
   */
  async list(
    filter: MemberFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<MemberEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const tsquery = filter?.search ? toPrefixTsQuery(filter.search) : undefined;
    if (filter?.search && !tsquery)
      return toConnection(
        [],
        size,
        () => ({ value: '', id: '' }),
        (m: MemberEntity) => m,
      );
    const query = this.members
      .createQueryBuilder('m')
      .where('m.status = :status', { status: MemberStatus.ACTIVE });
    if (filter?.skill)
      query.andWhere('m.skills @> ARRAY[:skill]::text[]', {
        skill: filter.skill.trim().toLowerCase(),
      });
    if (filter?.interest)
      query.andWhere('m.interests @> ARRAY[:interest]::text[]', {
        interest: filter.interest.trim().toLowerCase(),
      });
    if (filter?.language)
      query.andWhere('m.languages @> ARRAY[:language]::text[]', { language: filter.language });
    if (filter?.country) query.andWhere('m.country = :country', { country: filter.country });
    if (filter?.communityRole)
      query.andWhere('m.community_role = :role', { role: filter.communityRole });
    if (tsquery)
      return rankedPage(query, { vector: 'm.search', id: 'm.id', tsquery, cursor, size });
    return alphabeticalPage(query, {
      column: 'm.display_name',
      id: 'm.id',
      valueOf: (m) => m.displayName,
      cursor,
      size,
    });
  }

  /** Tags in use starting with `prefix`, most used first: the profile form's autocomplete. */
  async tags(kind: TagKind, prefix: string): Promise<Array<{ name: string; count: number }>> {
    const column = kind === TagKind.SKILL ? 'skills' : 'interests';
    const escaped = prefix
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.members.query(
      `SELECT tag AS name, count(*)::int AS count
         FROM members, unnest(${column}) AS tag
        WHERE status = 'ACTIVE' AND tag LIKE $1
        GROUP BY tag ORDER BY count DESC, tag ASC LIMIT 10`,
      [`${escaped}%`],
    );
  }
}
