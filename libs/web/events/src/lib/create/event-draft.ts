import type { EventQuery } from '@wide-open/web/data-access';
import { browserTimeZone, toLocal } from '../time/zoned-time';
import type { EventDraft } from './validate-event';

/** The event as the edit form needs it (what the event page loaded). */
export type EditableEvent = NonNullable<EventQuery['event']>;

export function initialDraft(language: string): EventDraft {
  return {
    title: '',
    description: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timeZone: browserTimeZone(),
    placeId: null,
    address: '',
    city: '',
    country: '',
    onlineUrl: '',
    capacity: '',
    language: language === 'fr' ? 'fr' : 'en',
    repeat: false,
    frequency: 'MONTHLY',
    interval: '2',
    count: '6',
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the date and time inputs show it, in the event's zone. */
function localInputs(instant: string, timeZone: string): { date: string; time: string } {
  const l = toLocal(new Date(instant), timeZone);
  return {
    date: `${l.year}-${pad(l.month)}-${pad(l.day)}`,
    time: `${pad(l.hour)}:${pad(l.minute)}`,
  };
}

/** The form filled with an existing event, times shown where it happens. */
export function draftFromEvent(event: EditableEvent): EventDraft {
  const start = localInputs(event.startsAt, event.timeZone);
  const end = localInputs(event.endsAt, event.timeZone);
  return {
    ...initialDraft(event.language),
    title: event.title,
    description: event.description ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: event.timeZone,
    placeId: event.place?.id ?? null,
    address: event.address ?? '',
    city: event.city ?? '',
    country: event.country ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity ? String(event.capacity) : '',
  };
}
