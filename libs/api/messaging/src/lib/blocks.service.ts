import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BadInputError, NotFoundError, type Viewer } from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { MemberBlockEntity } from './entities/member-block.entity';

/** Blocking: a blocked member can neither start nor continue a conversation with the blocker. */
@Injectable()
export class BlocksService {
  constructor(
    @InjectRepository(MemberBlockEntity) private readonly blocks: Repository<MemberBlockEntity>,
    @InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>,
  ) {}

  async block(viewer: Viewer, memberId: string): Promise<void> {
    if (memberId === viewer.memberId)
      throw new BadInputError({ memberId: 'you cannot block yourself' });
    if (!(await this.members.existsBy({ id: memberId }))) throw new NotFoundError('Member');
    await this.blocks.upsert(
      { blockerId: viewer.memberId, blockedId: memberId },
      { conflictPaths: ['blockerId', 'blockedId'], skipUpdateIfNoValuesChanged: true },
    );
  }

  async unblock(viewer: Viewer, memberId: string): Promise<void> {
    await this.blocks.delete({ blockerId: viewer.memberId, blockedId: memberId });
  }

  /** Whether a block stands between `memberId` and any of `others`, in either direction. */
  async anyBetween(memberId: string, others: string[]): Promise<boolean> {
    if (others.length === 0) return false;
    return (
      (await this.blocks.existsBy({ blockerId: memberId, blockedId: In(others) })) ||
      (await this.blocks.existsBy({ blockerId: In(others), blockedId: memberId }))
    );
  }

  blockedBy(viewer: Viewer): Promise<string[]> {
    return this.blocks
      .findBy({ blockerId: viewer.memberId })
      .then((rows) => rows.map((r) => r.blockedId));
  }
}
