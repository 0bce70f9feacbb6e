import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  decodeCursor,
  matchesSql,
  pageSize,
  rankSql,
  toConnection,
  toPrefixTsQuery,
  type Connection,
  type Viewer,
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
    const query = this.places
      .createQueryBuilder('p')
      .where('p.hidden_at IS NULL')
      .limit(size + 1);
    if (filter?.country) query.andWhere('p.country = :country', { country: filter.country });
    if (filter?.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter?.kind) {
      query.andWhere('p.kinds @> ARRAY[CAST(:kindFilter AS place_kind)]', {
        kindFilter: filter.kind,
      });
    }
    if (filter?.challenge) {
      // Parameter names must differ from the type names: TypeORM would read `::challenge` as one.
      query.andWhere('p.challenges @> ARRAY[CAST(:challengeFilter AS challenge)]', {
        challengeFilter: filter.challenge,
      });
    }
    const tsquery = filter?.search ? toPrefixTsQuery(filter.search) : undefined;
    if (filter?.search && !tsquery)
      return toConnection(
        [],
        size,
        () => ({ value: '', id: '' }),
        (p: PlaceEntity) => p,
      );
    if (tsquery) {
      query
        .andWhere(matchesSql('p.search'), { tsquery })
        .addSelect(`${rankSql('p.search')}::text`, 'rank')
        .orderBy('rank', 'DESC')
        .addOrderBy('p.id', 'ASC');
      if (cursor) {
        query.andWhere(
          `(${rankSql('p.search')} < :rankAfter::real OR (${rankSql('p.search')} = :rankAfter::real AND p.id > :idAfter::uuid))`,
          { rankAfter: cursor.value, idAfter: cursor.id },
        );
      }
      const { entities, raw } = await query.getRawAndEntities<{ rank: string }>();
      const rows = entities.map((place, i) => ({ place, rank: raw[i].rank }));
      return toConnection(
        rows,
        size,
        (r) => ({ value: r.rank, id: r.place.id }),
        (r) => r.place,
      );
    }
    query.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
    if (cursor)
      query.andWhere('(p.name, p.id) > (:nameAfter, :idAfter::uuid)', {
        nameAfter: cursor.value,
        idAfter: cursor.id,
      });
    const rows = await query.getMany();
    return toConnection(
      rows,
      size,
      (p) => ({ value: p.name, id: p.id }),
      (p) => p,
    );
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
