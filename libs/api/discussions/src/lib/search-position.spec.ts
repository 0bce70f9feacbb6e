import { decodeSearchPosition, encodeSearchPosition } from './search-position';

const window = { id: '01a21608-bde6-7171-b133-1d1b2591e53f', inclusive: true };
const after = { rank: '0.0607927', id: '01a2160f-2686-7db7-8371-f743fbea5f29' };
const keyset = (value: string, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString('base64url');

describe('search cursors', () => {
  it('give back the window and the position they were made from', () => {
    for (const position of [
      {},
      { window },
      { window, after },
      { window: { ...window, inclusive: false } },
    ])
      expect(decodeSearchPosition(encodeSearchPosition(position))).toEqual(position);
    expect(decodeSearchPosition(undefined)).toEqual({});
  });

  it('refuse anything they did not make', () => {
    for (const cursor of [
      'not-a-cursor',
      keyset('0.5', after.id), // no window separator
      keyset(`0.5|<=not-a-uuid`, after.id),
      keyset(`1; DROP TABLE posts|<=${window.id}`, after.id),
      keyset(`NaN|<=${window.id}`, after.id),
      keyset(`0.5|<=${window.id}`, 'nobody'),
      keyset(`|<${window.id}`, after.id), // an id without a rank
    ])
      expect(() => decodeSearchPosition(cursor)).toThrow(/after: is not a cursor/);
  });
});
