import { slugify } from '@wide-open/api/core';
import { GUIDE_STAGES, Limits } from '@wide-open/shared/contracts';
import placesData from './data/places.json';
import { demoChapters } from './guide-demo';

describe('demo guide', () => {
  const slugs = new Set(placesData.places.map((p) => slugify(p.name, 'place')));
  const withLesson = new Set(
    placesData.places
      .filter((p) => p.challenges.length > 0 && (p.facts ?? []).length > 0)
      .map((p) => slugify(p.name, 'place')),
  );

  it('has one chapter for each of the seven stages, with unique addresses', () => {
    expect(demoChapters.map((c) => c.stage)).toEqual([...GUIDE_STAGES]);
    expect(new Set(demoChapters.map((c) => c.slug)).size).toBe(demoChapters.length);
  });

  it('refers only to demo places, and to lessons that demo places have', () => {
    for (const chapter of demoChapters) {
      for (const body of [chapter.bodyEn, chapter.bodyFr]) {
        expect(body.length).toBeLessThanOrEqual(Limits.guide.body.max);
        for (const [, slug] of body.matchAll(/\[\[place:([a-z0-9-]+)\]\]/g))
          expect(slugs).toContain(slug);
        for (const [, slug] of body.matchAll(/\{lesson:([a-z0-9-]+)\}/g))
          expect(withLesson).toContain(slug);
      }
      for (const title of [chapter.titleEn, chapter.titleFr])
        expect(title.length).toBeLessThanOrEqual(Limits.guide.title.max);
    }
  });
});
