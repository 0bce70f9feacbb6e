import { Limits } from '@wide-open/shared/contracts';
import { handleFromName } from './handles';

describe('handleFromName', () => {
  it('drops accents and punctuation', () => {
    expect(handleFromName('Léa Martin-Dupont')).toBe('lea-martin-dupont');
    expect(handleFromName("  Zoë  O'Brien ")).toBe('zoe-o-brien');
  });

  it('always yields a valid handle, leaving room for a numeric suffix', () => {
    for (const name of ['李', 'Al', 'A very very long display name for someone famous']) {
      const handle = handleFromName(name);
      expect(handle).toMatch(Limits.handle.pattern);
      expect(handle.length).toBeGreaterThanOrEqual(Limits.handle.min);
      expect(handle.length).toBeLessThanOrEqual(Limits.handle.max - 5);
    }
  });
});
