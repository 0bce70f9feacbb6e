import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError, type Viewer } from '@wide-open/api/core';
import { PlaceFollowerEntity } from './entities/place-follower.entity';
import { PlaceEntity } from './entities/place.entity';
import { PlaceAccessService } from './place-access.service';

/** Following a place; both operations are idempotent. */
@Injectable()
export class FollowsService {
  constructor(
    @InjectRepository(PlaceFollowerEntity)
    private readonly followers: Repository<PlaceFollowerEntity>,
    @InjectRepository(PlaceEntity) private readonly places: Repository<PlaceEntity>,
    private readonly access: PlaceAccessService,
  ) {}

  async follow(viewer: Viewer, placeId: string): Promise<PlaceEntity> {
    const place = await this.visiblePlace(viewer, placeId);
    await this.followers.upsert(
      { placeId, memberId: viewer.memberId },
      { conflictPaths: ['placeId', 'memberId'], skipUpdateIfNoValuesChanged: true },
    );
    return place;
  }

  async unfollow(viewer: Viewer, placeId: string): Promise<PlaceEntity> {
    const place = await this.visiblePlace(viewer, placeId);
    await this.followers.delete({ placeId, memberId: viewer.memberId });
    return place;
  }

  private async visiblePlace(viewer: Viewer, placeId: string): Promise<PlaceEntity> {
    const place = await this.access.visible(viewer, await this.places.findOneBy({ id: placeId }));
    if (!place) throw new NotFoundError('Place');
    return place;
  }
}
