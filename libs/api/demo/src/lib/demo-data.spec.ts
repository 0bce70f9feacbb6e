import { Challenge, PlaceKind, PlaceStatus, Limits } from '@wide-open/shared/contracts';
import placesData from './data/places.json';
import { demoMembers } from './demo-seed.service';

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
});
