import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { Limits } from '@wide-open/shared/contracts';
import { BadInputError } from '../errors/app-errors';

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Makes `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** A keyset position: the sort value of the last row seen and its id (the tie-breaker). */
export interface Keyset {
  value: string;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.value, keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): Keyset | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed.every((p) => typeof p === 'string')
    ) {
      return { value: String(parsed[0]), id: String(parsed[1]) };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError({ after: 'is not a cursor this list gave out' });
}

/**
 * SQL giving a timestamp column as text with PostgreSQL's full microsecond precision. Cursors
 * must use it: a JavaScript Date keeps milliseconds only, and a truncated position would
 * repeat rows across pages.
 */
export function exactTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Validates `first`: 1 to 100, default 20. */
export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return Limits.pageSize.default;
  if (!Number.isInteger(first) || first < 1 || first > Limits.pageSize.max) {
    throw new BadInputError({ first: `must be between 1 and ${Limits.pageSize.max}` });
  }
  return first;
}

/**
 * Builds a connection from rows fetched with `LIMIT size + 1`: the extra row only tells whether
 * there is a next page.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  size: number,
  keysetOf: (row: Row) => Keyset,
  toNode: (row: Row) => Node,
): Connection<Node> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(keysetOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
