import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule, depthLimitRule } from './query-limits';

const schema = buildSchema(`
  type Member { id: ID! friend: Member name: String }
  type Query { me: Member }
`);

function errorsFor(query: string, rule: ReturnType<typeof depthLimitRule>): string[] {
  return validate(schema, parse(query), [...specifiedRules, rule]).map((e) => e.message);
}

describe('depthLimitRule', () => {
  it('accepts a query at the limit and refuses one deeper', () => {
    expect(errorsFor('{ me { friend { name } } }', depthLimitRule(3))).toEqual([]);
    expect(errorsFor('{ me { friend { friend { name } } } }', depthLimitRule(3))).toEqual([
      'Query is too deep: 4 levels, the limit is 3.',
    ]);
  });

  it('follows fragments', () => {
    const query = `
      { me { ...F } }
      fragment F on Member { friend { friend { name } } }
    `;
    expect(errorsFor(query, depthLimitRule(3))).toHaveLength(1);
  });
});

describe('aliasLimitRule', () => {
  it('refuses documents with too many aliases, once', () => {
    const aliased = Array.from({ length: 5 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(errorsFor(`{ ${aliased} }`, aliasLimitRule(5))).toEqual([]);
    expect(errorsFor(`{ ${aliased} extra: me { id } b: me { id } }`, aliasLimitRule(5))).toEqual([
      'Too many aliases: the limit is 5.',
    ]);
  });
});
