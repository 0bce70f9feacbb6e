import { BadInputError, decodeCursor, encodeCursor, isUuid } from '@wide-open/api/core';

/**
 * Where a page of search hits starts. Hits are ranked within windows of matches taken newest
 * first (the latest 500 matches, then the 500 before them, and so on), so a cursor names its
 * window (by an id bound) and, inside it, the last hit seen (rank, then id).
 */
export interface SearchPosition {
  /**
   * The window's newest match: `inclusive` for a window a page has already seen (its bound is
   * pinned to its newest match, so posts written since do not shift its ranking), exclusive for
   * the window that starts below the oldest match of the one before.
   */
  window?: { id: string; inclusive: boolean };
  /** The last hit seen in the window; absent at the window's start. */
  after?: { rank: string; id: string };
}

const notOurs = () => new BadInputError({ after: 'is not a cursor this list gave out' });

// The generic keyset (value, id) carries it: value is "rank|<=window" or "|<window".
export function encodeSearchPosition(position: SearchPosition): string {
  const window = position.window
    ? `${position.window.inclusive ? '<=' : '<'}${position.window.id}`
    : '';
  return encodeCursor({
    value: `${position.after?.rank ?? ''}|${window}`,
    id: position.after?.id ?? '',
  });
}

export function decodeSearchPosition(cursor: string | undefined | null): SearchPosition {
  const keyset = decodeCursor(cursor);
  if (!keyset) return {};
  const match = /^([^|]*)\|(?:(<=?)(.+))?$/.exec(keyset.value);
  if (!match) throw notOurs();
  const [, rank, op, windowId] = match;
  const position: SearchPosition = {};
  if (op) {
    if (!isUuid(windowId)) throw notOurs();
    position.window = { id: windowId, inclusive: op === '<=' };
  }
  if (rank !== '' || keyset.id !== '') {
    // A rank is PostgreSQL's real as text: a finite number, nothing else reaches the SQL.
    if (rank === '' || !Number.isFinite(Number(rank)) || !isUuid(keyset.id)) throw notOurs();
    position.after = { rank, id: keyset.id };
  }
  return position;
}
