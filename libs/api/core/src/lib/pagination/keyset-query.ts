import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rankSql, matchesSql } from '../search/search-query';
import { exactTimestampSql, toConnection, type Connection, type Keyset } from './connection';

/**
 * Finishes a query as a page ordered by a timestamp column and the id (the tie-breaker), with
 * the cursor kept at PostgreSQL's microsecond precision.
 */
export async function timeOrderedPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  options: { column: string; id: string; direction: 'ASC' | 'DESC'; cursor?: Keyset; size: number },
): Promise<Connection<T>> {
  const { column, id, direction, cursor, size } = options;
  query
    .addSelect(exactTimestampSql(column), 'cursor_at')
    .orderBy(column, direction)
    .addOrderBy(id, direction)
    .limit(size + 1);
  if (cursor) {
    query.andWhere(
      `(${column}, ${id}) ${direction === 'ASC' ? '>' : '<'} (:cursorAt::timestamptz, :cursorId::uuid)`,
      {
        cursorAt: cursor.value,
        cursorId: cursor.id,
      },
    );
  }
  const { entities, raw } = await query.getRawAndEntities<{ cursor_at: string }>();
  const rows = entities.map((entity, i) => ({ entity, at: raw[i].cursor_at }));
  return toConnection(
    rows,
    size,
    (r) => ({ value: r.at, id: r.entity.id }),
    (r) => r.entity,
  );
}

/**
 * Finishes a full-text search as a page, most relevant first: matches `vector` against
 * `tsquery` (see toPrefixTsQuery) and keys the cursor on (rank, id), the rank kept as
 * PostgreSQL's text so that it compares exactly.
 */
export async function rankedPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  options: { vector: string; id: string; tsquery: string; cursor?: Keyset; size: number },
): Promise<Connection<T>> {
  const { vector, id, tsquery, cursor, size } = options;
  const rank = rankSql(vector);
  query
    .andWhere(matchesSql(vector), { tsquery })
    .addSelect(`${rank}::text`, 'rank')
    .orderBy('rank', 'DESC')
    .addOrderBy(id, 'ASC')
    .limit(size + 1);
  if (cursor) {
    query.andWhere(
      `(${rank} < :rankAfter::real OR (${rank} = :rankAfter::real AND ${id} > :idAfter::uuid))`,
      {
        rankAfter: cursor.value,
        idAfter: cursor.id,
      },
    );
  }
  const { entities, raw } = await query.getRawAndEntities<{ rank: string }>();
  const rows = entities.map((entity, i) => ({ entity, rank: raw[i].rank }));
  return toConnection(
    rows,
    size,
    (r) => ({ value: r.rank, id: r.entity.id }),
    (r) => r.entity,
  );
}

/** Finishes a query as an alphabetical page on a text column, the id breaking ties. */
export async function alphabeticalPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  options: {
    column: string;
    id: string;
    valueOf: (entity: T) => string;
    cursor?: Keyset;
    size: number;
  },
): Promise<Connection<T>> {
  const { column, id, valueOf, cursor, size } = options;
  query
    .orderBy(column, 'ASC')
    .addOrderBy(id, 'ASC')
    .limit(size + 1);
  if (cursor) {
    query.andWhere(`(${column}, ${id}) > (:textAfter, :idAfter::uuid)`, {
      textAfter: cursor.value,
      idAfter: cursor.id,
    });
  }
  return toConnection(
    await query.getMany(),
    size,
    (e) => ({ value: valueOf(e), id: e.id }),
    (e) => e,
  );
}
