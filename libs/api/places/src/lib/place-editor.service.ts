import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  AuditLogService,
  BadInputError,
  freeSlug,
  NotFoundError,
  RateLimiterService,
  slugify,
  type Viewer,
} from '@wide-open/api/core';
import { UploadsService } from '@wide-open/api/uploads';
import { PlaceTeamRole } from '@wide-open/shared/contracts';
import type { CreatePlaceInput, PlaceFieldsInput, UpdatePlaceInput } from './dto/place.input';
import { PlaceFollowerEntity } from './entities/place-follower.entity';
import { PlaceMemberEntity } from './entities/place-member.entity';
import { PlacePhotoEntity } from './entities/place-photo.entity';
import { PlaceEntity } from './entities/place.entity';
import { PlaceAccessService } from './place-access.service';

/** Creating, editing and hiding places. */
@Injectable()
export class PlaceEditorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlaceAccessService,
    private readonly uploads: UploadsService,
    private readonly audit: AuditLogService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  /** The creator becomes the place's founder and follows it. */
  async create(viewer: Viewer, input: CreatePlaceInput): Promise<PlaceEntity> {
    checkCoordinates(input);
    await this.rateLimiter.consume(
      { name: 'create-place', points: 10, durationSeconds: 3600 },
      viewer.memberId,
    );
    const { photoIds, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const id = uuidv7();
      await manager.insert(PlaceEntity, {
        ...withoutUndefined(fields),
        id,
        slug: await freeSlug(manager, 'places', slugify(input.name, 'place')),
        createdById: viewer.memberId,
        facts: [],
      });
      await manager.insert(PlaceMemberEntity, {
        placeId: id,
        memberId: viewer.memberId,
        role: PlaceTeamRole.FOUNDER,
      });
      await manager.insert(PlaceFollowerEntity, { placeId: id, memberId: viewer.memberId });
      if (photoIds) await this.replacePhotos(manager, viewer, id, photoIds);
      return manager.findOneByOrFail(PlaceEntity, { id });
    });
  }

  async update(viewer: Viewer, placeId: string, input: UpdatePlaceInput): Promise<PlaceEntity> {
    const place = await this.access.forManager(viewer, placeId);
    checkCoordinates({
      latitude: input.latitude ?? place.latitude,
      longitude: input.longitude ?? place.longitude,
    });
    const { photoIds, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const changes = withoutUndefined(fields);
      if (Object.keys(changes).length > 0)
        await manager.update(PlaceEntity, { id: placeId }, changes);
      if (photoIds) await this.replacePhotos(manager, viewer, placeId, photoIds);
      return manager.findOneByOrFail(PlaceEntity, { id: placeId });
    });
  }

  /** Moderators only (checked by the resolver's policy); recorded in the moderation log. */
  async setHidden(
    viewer: Viewer,
    placeId: string,
    hidden: boolean,
    reason: string | null,
  ): Promise<PlaceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const place = await manager.findOneBy(PlaceEntity, { id: placeId });
      if (!place) throw new NotFoundError('Place');
      await manager.update(
        PlaceEntity,
        { id: placeId },
        hidden
          ? { hiddenAt: new Date(), hiddenReason: reason }
          : { hiddenAt: null, hiddenReason: null },
      );
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: hidden ? 'HIDE_PLACE' : 'UNHIDE_PLACE',
        targetType: 'PLACE',
        targetId: placeId,
        reason,
      });
      return manager.findOneByOrFail(PlaceEntity, { id: placeId });
    });
  }

  /** Photos must be the editor's own uploads; the list given is the new gallery, in order. */
  private async replacePhotos(
    manager: EntityManager,
    viewer: Viewer,
    placeId: string,
    photoIds: string[],
  ): Promise<void> {
    const kept = await manager.findBy(PlacePhotoEntity, { placeId });
    const keptIds = new Set(kept.map((p) => p.uploadId));
    const added = photoIds.filter((id) => !keptIds.has(id));
    await this.uploads.attach(manager, viewer.memberId, added, 'photoIds');
    await manager.delete(PlacePhotoEntity, { placeId });
    if (photoIds.length > 0) {
      const captions = new Map(kept.map((p) => [p.uploadId, p.caption]));
      await manager.insert(
        PlacePhotoEntity,
        photoIds.map((uploadId, position) => ({
          placeId,
          uploadId,
          position,
          caption: captions.get(uploadId) ?? null,
        })),
      );
    }
  }
}

function checkCoordinates(input: Pick<PlaceFieldsInput, 'latitude' | 'longitude'>): void {
  const hasLat = input.latitude !== undefined && input.latitude !== null;
  const hasLng = input.longitude !== undefined && input.longitude !== null;
  if (hasLat !== hasLng) {
    throw new BadInputError({
      [hasLat ? 'longitude' : 'latitude']: 'give both latitude and longitude, or neither',
    });
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
