import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { byKeys, type LoaderFactory } from '@wide-open/api/core';
import { MemberEntity } from '../entities/member.entity';

/** Members by id, batched per request: other domains resolve `author`, `createdBy` with it. */
@Injectable()
export class MemberLoader implements LoaderFactory<string, MemberEntity | null> {
  constructor(@InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>) {}

  create(): DataLoader<string, MemberEntity | null> {
    return new DataLoader(async (ids) =>
      byKeys(ids, await this.members.findBy({ id: In([...ids]) }), (m) => m.id),
    );
  }
}
