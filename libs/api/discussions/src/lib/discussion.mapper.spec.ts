import { isSingleEmoji, mentionedHandles } from './discussion.mapper';

describe('mentionedHandles', () => {
  it('finds @handles, once each, ignoring emails and code', () => {
    expect(mentionedHandles('Thanks @lea-martin and @Jun_s! cc @lea-martin')).toEqual([
      'lea-martin',
      'jun_s',
    ]);
    expect(mentionedHandles('write to lea@example.org')).toEqual([]);
    expect(mentionedHandles('`@not-this` but @this-one')).toEqual(['this-one']);
  });
});

describe('isSingleEmoji', () => {
  it('accepts one emoji with its modifiers', () => {
    for (const ok of ['👍', '👍🏽', '❤️', '👩‍🌾', '🇫🇷', '🎉']) expect(isSingleEmoji(ok)).toBe(true);
  });

  it('refuses text, several emoji and long strings', () => {
    for (const bad of ['a', 'ok', '👍👍', '👍 ', 'x'.repeat(40), '🎉'.repeat(20), ''])
      expect(isSingleEmoji(bad)).toBe(false);
  });
});
