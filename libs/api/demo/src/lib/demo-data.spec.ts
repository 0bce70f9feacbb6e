import { Challenge, PlaceKind, PlaceStatus, Limits } from '@wide-open/shared/contracts';
import placesData from './data/places.json';
import { demoMembers } from './demo-seed.service';
import { demoStories } from './demo-stories';

describe('demo content', () => {
  it('only uses kinds, statuses and challenges the platform knows', () => {
    for (const place of placesData.places) {
      expect(Object.values(PlaceKind)).toEqual(expect.arrayContaining(place.kinds));
      expect(Object.values(Challenge)).toEqual(expect.arrayContaining(place.challenges));
      expect(Object.values(PlaceStatus)).toContain(place.status);
    }
  });

  it('fits the columns: summaries under 500 characters, ISO country codes, coordinates on Earth', () => {
    for (const place of placesData.places) {
      expect(place.summary.length).toBeLessThanOrEqual(500);
      expect(place.country).toMatch(/^[A-Z]{2}$/);
      expect(Math.abs(place.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(place.longitude)).toBeLessThanOrEqual(180);
    }
  });

  it('gives demo members valid, distinct handles and emails', () => {
    const handles = demoMembers.map((m) => m.handle);
    expect(new Set(handles).size).toBe(handles.length);
    for (const member of demoMembers) {
      expect(member.handle).toMatch(Limits.handle.pattern);
      expect(member.motivation.length).toBeGreaterThanOrEqual(Limits.motivation.min);
    }
  });

  it("writes stories about the demo places, within the journal's limits, one of them a draft", () => {
    const names = placesData.places.map((p) => p.name);
    const L = Limits.story;
    for (const story of demoStories) {
      expect(names).toEqual(expect.arrayContaining(story.places));
      expect(story.title.length).toBeGreaterThanOrEqual(L.title.min);
      expect(story.title.length).toBeLessThanOrEqual(L.title.max);
      expect(story.summary.length).toBeGreaterThanOrEqual(L.summary.min);
      expect(story.summary.length).toBeLessThanOrEqual(L.summary.max);
      expect(story.body.length).toBeLessThanOrEqual(L.body.max);
    }
    expect(demoStories.filter((s) => !s.published)).toHaveLength(1);
    expect(new Set(demoStories.map((s) => s.language))).toEqual(new Set(['fr', 'en']));
  });
});
