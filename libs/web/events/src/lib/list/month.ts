import { localDayKey } from '../time/zoned-time';

export interface MonthRef {
  year: number;
  /** 1–12 */
  month: number;
}

export function parseMonth(value: string | null, today = new Date()): MonthRef {
  const match = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (match) return { year: Number(match[1]), month: Number(match[2]) };
  return { year: today.getFullYear(), month: today.getMonth() + 1 };
}

export function monthKey({ year, month }: MonthRef): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function addMonths({ year, month }: MonthRef, delta: number): MonthRef {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export interface MonthDay {
  /** "2026-03-14" */
  key: string;
  day: number;
  inMonth: boolean;
  /** Noon UTC that day: safe to format as a date in any language. */
  date: Date;
}

/** The weeks shown for a month, Monday first, with the neighbouring days that fill them. */
export function monthWeeks(ref: MonthRef): MonthDay[][] {
  const first = new Date(Date.UTC(ref.year, ref.month - 1, 1, 12));
  const lead = (first.getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(ref.year, ref.month, 0)).getUTCDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const weeks: MonthDay[][] = [];
  for (let i = 0; i < cells; i++) {
    const date = new Date(first.getTime() + (i - lead) * 86_400_000);
    const day: MonthDay = {
      key: date.toISOString().slice(0, 10),
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === ref.month - 1,
      date,
    };
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push(day);
  }
  return weeks;
}

/**
 * The instant from which to ask the API for a month's events: the 1st at 00:00 in the zone
 * furthest ahead (UTC+14), so no event of the month is left out whatever its zone.
 */
export function monthFrom(ref: MonthRef): string {
  return new Date(Date.UTC(ref.year, ref.month - 1, 1) - 14 * 3_600_000).toISOString();
}

/** Events by the day they happen on in their own zone ("2026-03-14" → events). */
export function groupByLocalDay<E extends { startsAt: string; timeZone: string }>(
  events: E[],
): Map<string, E[]> {
  const days = new Map<string, E[]>();
  for (const event of events) {
    const key = localDayKey(new Date(event.startsAt), event.timeZone);
    days.set(key, [...(days.get(key) ?? []), event]);
  }
  return days;
}
