import { slugify } from './slugs';

describe('slugify', () => {
  it('keeps letters and digits, drops accents, joins words with dashes', () => {
    expect(slugify('Les Grands Voisins', 'place')).toBe('les-grands-voisins');
    expect(slugify('Darwin Écosystème : 10 ans !', 'place')).toBe('darwin-ecosysteme-10-ans');
  });

  it('stays within 70 characters without a trailing dash, or falls back', () => {
    const slug = slugify(`${'a'.repeat(69)} b`, 'story');
    expect(slug).toBe('a'.repeat(69));
    expect(slugify('¿¡…!?', 'story')).toBe('story');
  });
});
