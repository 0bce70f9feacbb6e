import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  decodeCursor,
  pageSize,
  toConnection,
  toPrefixTsQuery,
  type Connection,
  type Viewer,
  rankedPage,
  alphabeticalPage,
} from '@wide-open/api/core';
import type { Challenge } from '@wide-open/shared/contracts';
import type { PlaceFilter } from './dto/places.args';
import { PlaceEntity } from './entities/place.entity';
import { PlaceAccessService } from './place-access.service';

export interface ChallengeOverview {
  challenge: Challenge;
  placesCount: number;
  lessonsCount: number;
  countries: string[];
}

/** Reading places: one by slug, the filtered list, and the per-challenge overview. */
@Injectable()
export class PlacesService {
  constructor(
    @InjectRepository(PlaceEntity) private readonly places: Repository<PlaceEntity>,
    private readonly access: PlaceAccessService,
  ) {}

  async bySlug(slug: string, viewer?: Viewer): Promise<PlaceEntity | null> {
    return this.access.visible(viewer, await this.places.findOneBy({ slug: slug.slice(0, 80) }));
  }

  /**
   * Visible places, alphabetical (keyset on name, id); with `search`, most relevant first
   * (keyset on rank, id). Hidden places are left out of lists. Every filter has an index.
   */
  async list(
    filter: PlaceFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<PlaceEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const tsquery = filter?.search ? toPrefixTsQuery(filter.search) : undefined;
    if (filter?.search && !tsquery)
      return toConnection(
        [],
        size,
        () => ({ value: '', id: '' }),
        (p: PlaceEntity) => p,
      );
    const query = this.places.createQueryBuilder('p').where('p.hidden_at IS NULL');
    if (filter?.country) query.andWhere('p.country = :country', { country: filter.country });
    if (filter?.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter?.kind)
      query.andWhere('p.kinds @> ARRAY[CAST(:kindFilter AS place_kind)]', {
        kindFilter: filter.kind,
      });
    if (filter?.challenge) {
      // Parameter names must differ from the type names: TypeORM would read `::challenge` as one.
      query.andWhere('p.challenges @> ARRAY[CAST(:challengeFilter AS challenge)]', {
        challengeFilter: filter.challenge,
      });
    }
    if (tsquery)
      return rankedPage(query, { vector: 'p.search', id: 'p.id', tsquery, cursor, size });
    return alphabeticalPage(query, {
      column: 'p.name',
      id: 'p.id',
      valueOf: (p) => p.name,
      cursor,
      size,
    });
  }

  /** For each challenge: how many visible places faced it, how many lessons, from which countries. */
  async challengeOverview(): Promise<ChallengeOverview[]> {
    return this.places.query(
      `WITH c AS (SELECT unnest(enum_range(NULL::challenge)) AS challenge)
       SELECT c.challenge,
              (SELECT count(*)::int FROM places p WHERE p.hidden_at IS NULL AND c.challenge = ANY(p.challenges)) AS "placesCount",
              (SELECT count(*)::int FROM lessons l JOIN places p ON p.id = l.place_id
                WHERE p.hidden_at IS NULL AND l.challenge = c.challenge) AS "lessonsCount",
              coalesce((SELECT array_agg(DISTINCT p.country ORDER BY p.country) FROM places p
                WHERE p.hidden_at IS NULL AND (c.challenge = ANY(p.challenges)
                  OR EXISTS (SELECT 1 FROM lessons l WHERE l.place_id = p.id AND l.challenge = c.challenge))), '{}') AS countries
         FROM c`,
    );
  }
}
