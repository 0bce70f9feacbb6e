import { fromLocal, isTimeZone, offsetMinutes, toLocal } from './zoned-time';

describe('wall-clock times in a time zone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Asia/Manila')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('reads the offset on either side of a DST change', () => {
    expect(offsetMinutes(new Date('2026-03-28T12:00:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris')).toBe(120);
    expect(offsetMinutes(new Date('2026-03-29T12:00:00Z'), 'America/Detroit')).toBe(-240);
    expect(offsetMinutes(new Date('2026-01-10T12:00:00Z'), 'Asia/Manila')).toBe(480);
  });

  it('turns a local time into the right instant in winter and in summer', () => {
    const at = (day: number) => ({ year: 2026, month: 3, day, hour: 19, minute: 0 });
    expect(fromLocal(at(28), 'Europe/Paris').toISOString()).toBe('2026-03-28T18:00:00.000Z');
    expect(fromLocal(at(29), 'Europe/Paris').toISOString()).toBe('2026-03-29T17:00:00.000Z');
    expect(
      fromLocal({ year: 2026, month: 7, day: 1, hour: 9, minute: 30 }, 'Asia/Manila').toISOString(),
    ).toBe('2026-07-01T01:30:00.000Z');
    expect(toLocal(new Date('2026-03-29T17:00:00Z'), 'Europe/Paris')).toMatchObject({
      day: 29,
      hour: 19,
      minute: 0,
    });
  });

  it('moves a time skipped by the spring change to just after it', () => {
    const skipped = fromLocal(
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
      'Europe/Paris',
    );
    expect(toLocal(skipped, 'Europe/Paris')).toMatchObject({ hour: 3, minute: 30 });
  });
});
