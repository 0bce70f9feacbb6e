import { formatEventWhen, fromLocal, localDayKey, parseLocal, toLocal } from './zoned-time';

describe('zoned time', () => {
  it('turns a wall-clock time in a zone into the instant, on both sides of a DST change', () => {
    const winter = fromLocal(
      { year: 2026, month: 3, day: 28, hour: 18, minute: 0 },
      'Europe/Paris',
    );
    const summer = fromLocal(
      { year: 2026, month: 3, day: 29, hour: 18, minute: 0 },
      'Europe/Paris',
    );
    expect(winter.toISOString()).toBe('2026-03-28T17:00:00.000Z');
    expect(summer.toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(
      fromLocal({ year: 2026, month: 7, day: 1, hour: 9, minute: 30 }, 'Asia/Manila').toISOString(),
    ).toBe('2026-07-01T01:30:00.000Z');
    expect(toLocal(summer, 'Europe/Paris')).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 18,
      minute: 0,
    });
  });

  it('moves a time skipped by the spring change to just after it', () => {
    // 02:30 does not exist in Paris on 29 March 2026: clocks jump from 02:00 to 03:00.
    const skipped = fromLocal(
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
      'Europe/Paris',
    );
    expect(toLocal(skipped, 'Europe/Paris').hour).toBe(3);
  });

  it('reads date and time inputs, refusing impossible days', () => {
    expect(parseLocal('2026-03-14', '18:05')).toEqual({
      year: 2026,
      month: 3,
      day: 14,
      hour: 18,
      minute: 5,
    });
    expect(parseLocal('2026-02-30', '18:00')).toBeNull();
    expect(parseLocal('', '18:00')).toBeNull();
    expect(parseLocal('2026-03-14', '')).toBeNull();
  });

  it('writes when an event happens in its own zone, naming the zone', () => {
    const when = formatEventWhen(
      '2026-07-01T01:30:00.000Z',
      '2026-07-01T03:00:00.000Z',
      'Asia/Manila',
      'en',
    );
    expect(when.range).toMatch(/Wednesday, July 1, 2026/);
    expect(when.range).toMatch(/9:30/);
    expect(when.range).toMatch(/11:00/);
    expect(when.zone).toMatch(/Philippine Standard Time \(Asia\/Manila\)/);
    const fr = formatEventWhen(
      '2026-07-01T16:00:00.000Z',
      '2026-07-01T18:00:00.000Z',
      'Europe/Paris',
      'fr',
    );
    expect(fr.range).toMatch(/mercredi 1 juillet 2026/);
    expect(fr.range).toMatch(/18:00/);
    expect(fr.zone).toMatch(/heure d’été d’Europe centrale \(Europe\/Paris\)/);
  });

  it('puts an event on the day it happens in its zone', () => {
    // 23:30 UTC on 1 July is already 2 July in Manila.
    expect(localDayKey(new Date('2026-07-01T23:30:00Z'), 'Asia/Manila')).toBe('2026-07-02');
    expect(localDayKey(new Date('2026-07-01T23:30:00Z'), 'America/Detroit')).toBe('2026-07-01');
  });
});
