/**
 * The web app's side of wall-clock times (the core, shared with the API, is in
 * @wide-open/shared/contracts): the reader's zone, form inputs, and how times are written.
 */
import { fromLocal, isTimeZone, type LocalDateTime, toLocal } from '@wide-open/shared/contracts';

export { fromLocal, isTimeZone, type LocalDateTime, toLocal };

/** The reader's zone, or UTC when the browser will not say. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** Every zone the browser knows, with `include` (the chosen one) always among them. */
export function timeZoneNames(include: string): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = new Set([...supported, 'UTC', include]);
  return [...names].filter(isTimeZone).sort();
}

/**
 * Reads an `<input type="date">` value ("2026-03-14") and an `<input type="time">` value
 * ("18:00"); null when either is empty or malformed.
 */
export function parseLocal(date: string, time: string): LocalDateTime | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return null;
  const local = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
  };
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (check.getUTCMonth() !== local.month - 1 || check.getUTCDate() !== local.day) return null;
  if (local.hour > 23 || local.minute > 59) return null;
  return local;
}

/** "2026-03-14": the day an instant falls on in a zone (for grouping by day). */
export function localDayKey(instant: Date, timeZone: string): string {
  const l = toLocal(instant, timeZone);
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`;
}

/** The zone's name in the reader's language ("Central European Summer Time"), at an instant. */
export function zoneLongName(instant: Date, timeZone: string, language: string): string {
  const part = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export interface EventWhen {
  /** "Saturday 14 March 2026, 18:00 – 20:30" in the event's zone. */
  range: string;
  /** "Central European Standard Time (Europe/Paris)". */
  zone: string;
}

/** When an event happens, written in its own zone with the zone named. */
export function formatEventWhen(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  language: string,
): EventWhen {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const format = new Intl.DateTimeFormat(language, {
    timeZone: zone,
    dateStyle: 'full',
    timeStyle: 'short',
  });
  return {
    range: format.formatRange(start, end),
    zone: `${zoneLongName(start, zone, language)} (${zone.replace(/_/g, ' ')})`,
  };
}

/** "Sat 14 Mar, 18:00": short, for cards and calendar cells, in the event's zone. */
export function formatShortStart(startsAt: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: isTimeZone(timeZone) ? timeZone : 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(startsAt));
}

/** "18:00" in the event's zone. */
export function formatTime(startsAt: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: isTimeZone(timeZone) ? timeZone : 'UTC',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(startsAt));
}

/** "CET", "GMT+8": the zone's short name at the event's start. */
export function zoneShortName(startsAt: string, timeZone: string, language: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const part = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date(startsAt))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}
