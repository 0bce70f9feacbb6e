/**
 * Wall-clock times in IANA time zones with the platform's Intl only: an ambassador types "18:00
 * on 14 March" for Paris, the API stores an instant, readers see 18:00 Paris time wherever they
 * are.
 */

/** A date and time as written on a poster, in some zone. */
export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name this browser knows ("Europe/Paris", "Asia/Manila"). */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    partsFormatter(name);
    return true;
  } catch {
    return false;
  }
}

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

/** The wall-clock time in `timeZone` at an instant. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** Minutes `timeZone` is ahead of UTC at an instant (Paris: 60 in winter, 120 in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const l = toLocal(instant, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
  const wholeMinutes = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - wholeMinutes) / 60_000);
}

/**
 * The instant a wall-clock time happens in `timeZone`. The offset is read twice because it can
 * change between the guess and the answer (DST); a time skipped in spring lands just after it.
 */
export function fromLocal(local: LocalDateTime, timeZone: string): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const first = offsetMinutes(new Date(guess), timeZone);
  const candidate = guess - first * 60_000;
  const second = offsetMinutes(new Date(candidate), timeZone);
  return new Date(second === first ? candidate : guess - second * 60_000);
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
