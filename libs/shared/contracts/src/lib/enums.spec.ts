import { MemberRole, roleAtLeast } from './enums';
import { Limits } from './limits';

describe('roleAtLeast', () => {
  it('orders roles from member to admin', () => {
    expect(roleAtLeast(MemberRole.ADMIN, MemberRole.MODERATOR)).toBe(true);
    expect(roleAtLeast(MemberRole.MODERATOR, MemberRole.MODERATOR)).toBe(true);
    expect(roleAtLeast(MemberRole.AMBASSADOR, MemberRole.MODERATOR)).toBe(false);
    expect(roleAtLeast(MemberRole.MEMBER, MemberRole.AMBASSADOR)).toBe(false);
  });
});

describe('handle pattern', () => {
  it('accepts lower-case slugs and refuses the rest', () => {
    for (const ok of ['lea', 'lea-martin', 'l_m-2']) expect(ok).toMatch(Limits.handle.pattern);
    for (const bad of ['-lea', 'lea-', 'Léa', 'lea martin', 'a@b'])
      expect(bad).not.toMatch(Limits.handle.pattern);
  });
});
