import { fromLocal, toLocal } from '@wide-open/shared/contracts';

export enum RecurrenceFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}

export interface Recurrence {
  frequency: RecurrenceFrequency;
  /** Every `interval` weeks or months ("every two months": MONTHLY, 2). */
  interval: number;
  /** How many occurrences, the first included. */
  count: number;
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The start instants of a series: the same wall-clock time in the event's time zone on each
 * date, so a 19:00 meetup stays at 19:00 across daylight-saving changes. Monthly series keep the
 * day of the month, or the month's last day when it is shorter (31 January → 28 February).
 */
export function occurrenceStarts(first: Date, timeZone: string, rule: Recurrence): Date[] {
  const local = toLocal(first, timeZone);
  const starts: Date[] = [];
  for (let i = 0; i < rule.count; i++) {
    if (rule.frequency === RecurrenceFrequency.WEEKLY) {
      const date = new Date(
        Date.UTC(local.year, local.month - 1, local.day + 7 * rule.interval * i),
      );
      starts.push(
        fromLocal(
          {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
            hour: local.hour,
            minute: local.minute,
          },
          timeZone,
        ),
      );
    } else {
      const monthIndex = local.month - 1 + rule.interval * i;
      const year = local.year + Math.floor(monthIndex / 12);
      const month = (monthIndex % 12) + 1;
      starts.push(
        fromLocal(
          {
            year,
            month,
            day: Math.min(local.day, daysInMonth(year, month)),
            hour: local.hour,
            minute: local.minute,
          },
          timeZone,
        ),
      );
    }
  }
  return starts;
}
