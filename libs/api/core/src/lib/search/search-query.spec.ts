import { toPrefixTsQuery } from './search-query';

describe('toPrefixTsQuery', () => {
  it('requires every word, the last one as a prefix, and drops single letters', () => {
    expect(toPrefixTsQuery('Mesurer l’impact')).toBe('mesurer & impact:*');
    expect(toPrefixTsQuery('Léa')).toBe('léa:*');
    expect(toPrefixTsQuery('a de')).toBe('de');
  });

  it('neutralises quotes, operators and SQL', () => {
    expect(toPrefixTsQuery(`'); DROP TABLE members; -- " & | ! <->`)).toBe(
      'drop & table & members:*',
    );
    expect(toPrefixTsQuery('!!! ::: ***')).toBeUndefined();
  });

  it('bounds the number of words', () => {
    expect(toPrefixTsQuery('aa bb cc dd ee ff gg hh ii jj')!.split(' & ')).toHaveLength(8);
  });
});
