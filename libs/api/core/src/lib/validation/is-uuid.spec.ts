import { isUuid } from './is-uuid';

describe('isUuid', () => {
  it('accepts UUIDs in either case', () => {
    expect(isUuid('01a21608-bde6-7171-b133-1d1b2591e53f')).toBe(true);
    expect(isUuid('01A21608-BDE6-7171-B133-1D1B2591E53F')).toBe(true);
  });

  it('refuses anything else, whatever its type', () => {
    for (const value of [
      '',
      'not-a-uuid',
      '01a21608-bde6-7171-b133-1d1b2591e53f ',
      "01a21608-bde6-7171-b133-1d1b2591e53'; DROP TABLE posts; --",
      '01a21608bde67171b1331d1b2591e53f',
      42,
      null,
      undefined,
      { id: '01a21608-bde6-7171-b133-1d1b2591e53f' },
    ])
      expect(isUuid(value)).toBe(false);
  });
});
