import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError, type Viewer } from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { MemberStatus, PlaceTeamRole } from '@wide-open/shared/contracts';
import { PlaceMemberEntity } from './entities/place-member.entity';
import { PlaceAccessService } from './place-access.service';

/** A place's team: founders and staff (or moderators) add and remove members. */
@Injectable()
export class PlaceTeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlaceAccessService,
  ) {}

  /** Adds an ACTIVE member by handle, or changes their role if already on the team. */
  async add(viewer: Viewer, placeId: string, handle: string, role: PlaceTeamRole): Promise<void> {
    await this.access.forManager(viewer, placeId);
    const member = await this.dataSource.manager.findOneBy(MemberEntity, {
      handle: handle.toLowerCase(),
      status: MemberStatus.ACTIVE,
    });
    if (!member) throw new BadInputError({ handle: 'is not an active member' });
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(PlaceMemberEntity, { placeId, memberId: member.id, role }, [
        'placeId',
        'memberId',
      ]);
      await this.keepAFounder(manager, placeId);
    });
  }

  async remove(viewer: Viewer, placeId: string, memberId: string): Promise<void> {
    // Anyone may leave a team; removing others takes a manager.
    if (memberId !== viewer.memberId) await this.access.forManager(viewer, placeId);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(PlaceMemberEntity, { placeId, memberId });
      if (!result.affected) throw new NotFoundError('Team member');
      await this.keepAFounder(manager, placeId);
    });
  }

  private async keepAFounder(manager: DataSource['manager'], placeId: string): Promise<void> {
    const founders = await manager.countBy(PlaceMemberEntity, {
      placeId,
      role: PlaceTeamRole.FOUNDER,
    });
    if (founders === 0)
      throw new ConflictError('A place keeps at least one founder: name another founder first.');
  }
}
