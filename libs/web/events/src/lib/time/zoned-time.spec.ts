import { formatEventWhen, localDayKey, parseLocal } from './zoned-time';

// The wall-clock arithmetic itself (fromLocal, toLocal) is tested in @wide-open/shared/contracts.

describe('zoned time', () => {
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
