import { occurrenceStarts, RecurrenceFrequency } from './recurrence';
import { toLocal } from '@wide-open/shared/contracts';

describe('recurring series', () => {
  it('keeps a Paris meetup at 19:00 every two months across DST changes', () => {
    const starts = occurrenceStarts(new Date('2026-01-15T18:00:00Z'), 'Europe/Paris', {
      frequency: RecurrenceFrequency.MONTHLY,
      interval: 2,
      count: 6,
    });
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2026-01-15T18:00:00.000Z',
      '2026-03-15T18:00:00.000Z',
      '2026-05-15T17:00:00.000Z',
      '2026-07-15T17:00:00.000Z',
      '2026-09-15T17:00:00.000Z',
      '2026-11-15T18:00:00.000Z',
    ]);
    for (const start of starts) expect(toLocal(start, 'Europe/Paris').hour).toBe(19);
  });

  it('uses the last day of shorter months and crosses years', () => {
    const starts = occurrenceStarts(new Date('2026-10-31T09:00:00Z'), 'UTC', {
      frequency: RecurrenceFrequency.MONTHLY,
      interval: 2,
      count: 3,
    });
    expect(starts.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2026-10-31',
      '2026-12-31',
      '2027-02-28',
    ]);
  });

  it('repeats weekly at the same local time through the autumn change in Detroit', () => {
    const starts = occurrenceStarts(new Date('2026-10-24T22:00:00Z'), 'America/Detroit', {
      frequency: RecurrenceFrequency.WEEKLY,
      interval: 1,
      count: 3,
    });
    expect(starts.map((d) => toLocal(d, 'America/Detroit').hour)).toEqual([18, 18, 18]);
    expect(starts[2].getTime() - starts[1].getTime()).toBe((7 * 24 + 1) * 3_600_000);
  });
});
