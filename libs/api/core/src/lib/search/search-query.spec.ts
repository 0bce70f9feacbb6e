import { toPrefixTsQuery } from './search-query';

describe('toPrefixTsQuery', () => {
  it('keeps words, as prefixes, all required', () => {
    expect(toPrefixTsQuery('Mesurer l’impact')).toBe('mesurer:* & l:* & impact:*');
    expect(toPrefixTsQuery('Léa')).toBe('léa:*');
  });

  it('neutralises quotes, operators and SQL', () => {
    expect(toPrefixTsQuery(`'); DROP TABLE members; -- " & | ! <->`)).toBe(
      'drop:* & table:* & members:*',
    );
    expect(toPrefixTsQuery('!!! ::: ***')).toBeUndefined();
  });

  it('bounds the number of words', () => {
    expect(toPrefixTsQuery('a b c d e f g h i j')!.split(' & ')).toHaveLength(8);
  });
});
