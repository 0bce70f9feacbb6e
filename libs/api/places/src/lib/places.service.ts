import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decodeCursor, pageSize, toConnection, type Connection } from '@wide-open/api/core';
import type { PlaceFilter } from './dto/places.args';
import { PlaceEntity } from './entities/place.entity';

/** Reading places. Creating and editing them arrives with the places issue. */
@Injectable()
export class PlacesService {
  constructor(@InjectRepository(PlaceEntity) private readonly places: Repository<PlaceEntity>) {}

  bySlug(slug: string): Promise<PlaceEntity | null> {
    return this.places.findOneBy({ slug });
  }

  /** Alphabetical, keyset on (name, id); every filter is served by an index. */
  async list(
    filter: PlaceFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<PlaceEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const query = this.places
      .createQueryBuilder('p')
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(size + 1);
    if (filter?.country) query.andWhere('p.country = :country', { country: filter.country });
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
    if (cursor)
      query.andWhere('(p.name, p.id) > (:name, :id::uuid)', { name: cursor.value, id: cursor.id });
    const rows = await query.getMany();
    return toConnection(
      rows,
      size,
      (p) => ({ value: p.name, id: p.id }),
      (p) => p,
    );
  }
}
