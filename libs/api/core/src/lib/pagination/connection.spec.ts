import { decodeCursor, encodeCursor, pageSize, toConnection } from './connection';

describe('keyset pagination helpers', () => {
  it('round-trips a cursor', () => {
    const keyset = { value: '2026-01-01T00:00:00.000Z', id: '0190aa' };
    expect(decodeCursor(encodeCursor(keyset))).toEqual(keyset);
  });

  it('refuses a forged cursor with a field message', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(/after: is not a cursor/);
  });

  it('caps the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/first: must be between 1 and 100/);
    expect(() => pageSize(0)).toThrow(/first/);
  });

  it('uses the extra row only to tell that a next page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ id: String(n), at: `t${n}` }));
    const connection = toConnection(
      rows,
      2,
      (r) => ({ value: r.at, id: r.id }),
      (r) => r.id,
    );
    expect(connection.edges.map((e) => e.node)).toEqual(['1', '2']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor)).toEqual({ value: 't2', id: '2' });
  });
});
