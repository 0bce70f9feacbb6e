import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { Repository } from 'typeorm';
import { byKeys, plainColumnsSql, type LoaderFactory } from '@wide-open/api/core';
import { MemberEntity } from '../entities/member.entity';

/**
 * Members by id, batched per request: other domains resolve `author`, `createdBy` with it.
 * Nearly every read goes through it, so it is one fixed statement whose rows `pg` returns
 * already shaped as entities (the query builder and hydration were a tenth of a read's CPU:
 * docs/performance.md).
 */
@Injectable()
export class MemberLoader implements LoaderFactory<string, MemberEntity | null> {
  /** Built on first use: the schema printer starts the app without a database, hence metadata. */
  private sql?: string;

  constructor(@InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>) {}

  create(): DataLoader<string, MemberEntity | null> {
    return new DataLoader(async (ids) => {
      this.sql ??= `SELECT ${plainColumnsSql(this.members.metadata, 'm')} FROM members m WHERE m.id = ANY($1::uuid[])`;
      return byKeys(ids, await this.members.query<MemberEntity[]>(this.sql, [ids]), (m) => m.id);
    });
  }
}
