import { isWellFormed, parseReferences, replaceReferences } from './references';

const lessonId = '0190f3a2-7c1e-7000-8000-000000000001';

describe('guide references', () => {
  it('finds lessons and places once each, in order', () => {
    const text = `See [[place:les-grands-voisins]] and [[lesson:${lessonId.toUpperCase()}]], again [[place:les-grands-voisins]].`;
    expect(parseReferences(text)).toEqual([
      { kind: 'PLACE', key: 'les-grands-voisins' },
      { kind: 'LESSON', key: lessonId },
    ]);
  });

  it('ignores other double brackets and tells malformed keys', () => {
    expect(parseReferences('[[event:x]] [[place: spaced]] [[lesson]]')).toEqual([]);
    expect(isWellFormed({ kind: 'LESSON', key: 'not-a-uuid' })).toBe(false);
    expect(isWellFormed({ kind: 'PLACE', key: 'Bad_Slug' })).toBe(false);
    expect(isWellFormed({ kind: 'PLACE', key: 'ponyride' })).toBe(true);
  });

  it('replaces each token', () => {
    expect(
      replaceReferences('a [[place:ponyride]] b [[lesson:' + lessonId + ']]', (r) => r.kind),
    ).toBe('a PLACE b LESSON');
  });
});
