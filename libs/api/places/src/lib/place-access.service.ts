import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ForbiddenError, NotFoundError, type Viewer } from '@wide-open/api/core';
import { MemberRole, PlaceTeamRole, roleAtLeast } from '@wide-open/shared/contracts';
import { PlaceMemberEntity } from './entities/place-member.entity';
import { PlaceEntity } from './entities/place.entity';

const managers = [PlaceTeamRole.FOUNDER, PlaceTeamRole.STAFF];

/** Who may see and change a place: its team manages it, moderators oversee every place. */
@Injectable()
export class PlaceAccessService {
  constructor(
    @InjectRepository(PlaceEntity) private readonly places: Repository<PlaceEntity>,
    @InjectRepository(PlaceMemberEntity) private readonly team: Repository<PlaceMemberEntity>,
  ) {}

  isModerator(viewer?: Viewer): boolean {
    return !!viewer && roleAtLeast(viewer.role, MemberRole.MODERATOR);
  }

  async teamRole(viewer: Viewer | undefined, placeId: string): Promise<PlaceTeamRole | null> {
    if (!viewer) return null;
    const row = await this.team.findOneBy({ placeId, memberId: viewer.memberId });
    return row?.role ?? null;
  }

  /** A hidden place exists only for its team and moderators; everyone else gets NOT_FOUND. */
  async visible(
    viewer: Viewer | undefined,
    place: PlaceEntity | null,
  ): Promise<PlaceEntity | null> {
    if (!place) return null;
    if (!place.hiddenAt || this.isModerator(viewer)) return place;
    return (await this.teamRole(viewer, place.id)) ? place : null;
  }

  /** The place, if the viewer may edit it (FOUNDER, STAFF or moderator); refuses otherwise. */
  async forManager(viewer: Viewer, placeId: string): Promise<PlaceEntity> {
    const place = await this.visible(viewer, await this.places.findOneBy({ id: placeId }));
    if (!place) throw new NotFoundError('Place');
    if (this.isModerator(viewer)) return place;
    const role = await this.teamRole(viewer, placeId);
    if (!role || !managers.includes(role)) {
      throw new ForbiddenError(
        'Only the place’s founders and staff, or moderators, can change it.',
      );
    }
    return place;
  }

  /** The place, if the viewer is on its team (any role) or a moderator: who writes its lessons. */
  async forTeamMember(viewer: Viewer, placeId: string): Promise<PlaceEntity> {
    const place = await this.visible(viewer, await this.places.findOneBy({ id: placeId }));
    if (!place) throw new NotFoundError('Place');
    if (this.isModerator(viewer) || (await this.teamRole(viewer, placeId))) return place;
    throw new ForbiddenError('Only members of the place’s team can share its lessons.');
  }

  /** Ids among `placeIds` that the viewer may see although hidden. */
  async hiddenVisibleTo(viewer: Viewer | undefined, placeIds: string[]): Promise<Set<string>> {
    if (!viewer || placeIds.length === 0) return new Set();
    const rows = await this.team.findBy({ memberId: viewer.memberId, placeId: In(placeIds) });
    return new Set(rows.map((r) => r.placeId));
  }
}
