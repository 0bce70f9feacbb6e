import ICAL from 'ical.js';
import { escapeText, foldLine, toIcs } from './ics';

describe('iCalendar output', () => {
  const event = {
    uid: 'e1@wide-open',
    title: 'Meetup: tiers-lieux, villes; et communs',
    description: 'Line one\nLine two, with a \\ backslash',
    startsAt: new Date('2026-03-29T17:00:00Z'),
    endsAt: new Date('2026-03-29T19:30:00Z'),
    location: 'Les Grands Voisins, 74 avenue Denfert-Rochereau, Paris',
    url: 'https://wide-open.example/events/e1',
    updatedAt: new Date('2026-03-01T10:00:00Z'),
    cancelled: false,
  };

  it('is parsed back by an RFC 5545 parser with every field intact', () => {
    const text = toIcs('Wide Open', [event, { ...event, uid: 'e2@wide-open', cancelled: true }]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [first, second] = calendar.getAllSubcomponents('vevent');
    const parsed = new ICAL.Event(first);
    expect(parsed.uid).toBe('e1@wide-open');
    expect(parsed.summary).toBe(event.title);
    expect(parsed.description).toBe(event.description);
    expect(parsed.location).toBe(event.location);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-29T17:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-03-29T19:30:00.000Z');
    expect(second.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
});
