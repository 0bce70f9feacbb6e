import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import type { LoaderFactory } from '@wide-open/api/core';
import { LessonEntity } from '../entities/lesson.entity';
import { PlaceFollowerEntity } from '../entities/place-follower.entity';
import { PlaceMemberEntity } from '../entities/place-member.entity';
import { PlacePhotoEntity } from '../entities/place-photo.entity';

/** Groups rows by a key, in the order of `keys`, with an empty list for keys without rows. */
function groupBy<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Each place's team, with the members joined in (one query per request). */
@Injectable()
export class PlaceTeamLoader implements LoaderFactory<string, PlaceMemberEntity[]> {
  constructor(
    @InjectRepository(PlaceMemberEntity) private readonly team: Repository<PlaceMemberEntity>,
  ) {}
  create() {
    return new DataLoader<string, PlaceMemberEntity[]>(async (placeIds) => {
      const rows = await this.team.find({
        where: { placeId: In([...placeIds]) },
        relations: { member: true },
        order: { createdAt: 'ASC' },
      });
      return groupBy(placeIds, rows, (r) => r.placeId);
    });
  }
}

/** A member's team memberships, with the places joined in. */
@Injectable()
export class MemberPlacesLoader implements LoaderFactory<string, PlaceMemberEntity[]> {
  constructor(
    @InjectRepository(PlaceMemberEntity) private readonly team: Repository<PlaceMemberEntity>,
  ) {}
  create() {
    return new DataLoader<string, PlaceMemberEntity[]>(async (memberIds) => {
      const rows = await this.team.find({
        where: { memberId: In([...memberIds]) },
        relations: { place: true },
        order: { createdAt: 'ASC' },
      });
      return groupBy(memberIds, rows, (r) => r.memberId);
    });
  }
}

/** Each place's lessons, newest first. */
@Injectable()
export class PlaceLessonsLoader implements LoaderFactory<string, LessonEntity[]> {
  constructor(@InjectRepository(LessonEntity) private readonly lessons: Repository<LessonEntity>) {}
  create() {
    return new DataLoader<string, LessonEntity[]>(async (placeIds) => {
      const rows = await this.lessons.find({
        where: { placeId: In([...placeIds]) },
        order: { createdAt: 'DESC', id: 'DESC' },
      });
      return groupBy(placeIds, rows, (r) => r.placeId);
    });
  }
}

/** Each place's gallery, in order, with the uploads joined in. */
@Injectable()
export class PlacePhotosLoader implements LoaderFactory<string, PlacePhotoEntity[]> {
  constructor(
    @InjectRepository(PlacePhotoEntity) private readonly photos: Repository<PlacePhotoEntity>,
  ) {}
  create() {
    return new DataLoader<string, PlacePhotoEntity[]>(async (placeIds) => {
      const rows = await this.photos.find({
        where: { placeId: In([...placeIds]) },
        relations: { upload: true },
        order: { position: 'ASC' },
      });
      return groupBy(placeIds, rows, (r) => r.placeId);
    });
  }
}

/** How many members follow each place. */
@Injectable()
export class FollowersCountLoader implements LoaderFactory<string, number> {
  constructor(
    @InjectRepository(PlaceFollowerEntity)
    private readonly followers: Repository<PlaceFollowerEntity>,
  ) {}
  create() {
    return new DataLoader<string, number>(async (placeIds) => {
      const rows = await this.followers
        .createQueryBuilder('f')
        .select('f.place_id', 'placeId')
        .addSelect('count(*)::int', 'count')
        .where('f.place_id IN (:...ids)', { ids: [...placeIds] })
        .groupBy('f.place_id')
        .getRawMany<{ placeId: string; count: number }>();
      const counts = new Map(rows.map((r) => [r.placeId, r.count]));
      return placeIds.map((id) => counts.get(id) ?? 0);
    });
  }
}

/** Whether a member follows a place; keys are `${memberId}:${placeId}`. */
@Injectable()
export class ViewerFollowsLoader implements LoaderFactory<string, boolean> {
  constructor(
    @InjectRepository(PlaceFollowerEntity)
    private readonly followers: Repository<PlaceFollowerEntity>,
  ) {}
  create() {
    return new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const memberIds = [...new Set(pairs.map(([m]) => m))];
      const rows = await this.followers.findBy({
        memberId: In(memberIds),
        placeId: In(pairs.map(([, p]) => p)),
      });
      const found = new Set(rows.map((r) => `${r.memberId}:${r.placeId}`));
      return keys.map((k) => found.has(k));
    });
  }
}

export const placeLoaders = [
  PlaceTeamLoader,
  MemberPlacesLoader,
  PlaceLessonsLoader,
  PlacePhotosLoader,
  FollowersCountLoader,
  ViewerFollowsLoader,
];
