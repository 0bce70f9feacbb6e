import { type TFunction } from 'i18next';
import { fromLocal, isTimeZone, parseLocal } from '../time/zoned-time';

/** The API's limits for events (libs/api/events EventLimits). */
export const EventLimits = {
  title: { min: 3, max: 200 },
  description: 20_000,
  address: 300,
  city: 120,
  capacity: 100_000,
  maxDays: 14,
  occurrences: 24,
  interval: 12,
};

export interface EventDraft {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  placeId: string | null;
  address: string;
  city: string;
  country: string;
  onlineUrl: string;
  capacity: string;
  language: 'fr' | 'en';
  repeat: boolean;
  frequency: 'WEEKLY' | 'MONTHLY';
  interval: string;
  count: string;
}

/** Form fields, named like the API's input so its field errors land on them. */
export type EventField =
  | 'title'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'placeId'
  | 'address'
  | 'city'
  | 'country'
  | 'onlineUrl'
  | 'capacity'
  | 'language'
  | 'coverId'
  | 'recurrence.interval'
  | 'recurrence.count'
  | 'recurrence.frequency';

export type EventErrors = Partial<Record<EventField, string>>;

/** The id of the input each field's message links to. */
export const fieldInputId: Record<EventField, string> = {
  title: 'title',
  description: 'description',
  startsAt: 'startDate',
  endsAt: 'endDate',
  timeZone: 'timeZone',
  placeId: 'placeSearch',
  address: 'address',
  city: 'city',
  country: 'country',
  onlineUrl: 'onlineUrl',
  capacity: 'capacity',
  language: 'language',
  coverId: 'coverId',
  'recurrence.interval': 'recurrenceInterval',
  'recurrence.count': 'recurrenceCount',
  'recurrence.frequency': 'recurrenceFrequency',
};

const wholeNumber = /^\d+$/;
const webAddress = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** Counts characters as the API does (code points, not UTF-16 units). */
function length(value: string): number {
  return [...value].length;
}

export interface CheckedEvent {
  errors: EventErrors;
  startsAt: Date | null;
  endsAt: Date | null;
}

/**
 * The API's checks, made before sending so people learn what to fix at once. When editing,
 * `unchangedStart` is the event's start: kept as it is, it may already be past.
 */
export function checkEvent(
  draft: EventDraft,
  t: TFunction,
  now = new Date(),
  { unchangedStart }: { unchangedStart?: Date } = {},
): CheckedEvent {
  const errors: EventErrors = {};
  const title = draft.title.trim();
  if (length(title) < EventLimits.title.min || length(title) > EventLimits.title.max)
    errors.title = t('events:form.errors.titleLength', EventLimits.title);
  if (length(draft.description.trim()) > EventLimits.description)
    errors.description = t('events:form.errors.descriptionTooLong', {
      max: EventLimits.description,
    });
  const zoneOk = isTimeZone(draft.timeZone);
  if (!zoneOk) errors.timeZone = t('events:form.errors.timeZone');
  const start = parseLocal(draft.startDate, draft.startTime);
  const end = parseLocal(draft.endDate, draft.endTime);
  const startsAt = start && zoneOk ? fromLocal(start, draft.timeZone) : null;
  const endsAt = end && zoneOk ? fromLocal(end, draft.timeZone) : null;
  if (!start) errors.startsAt = t('events:form.errors.startRequired');
  else if (
    startsAt &&
    startsAt.getTime() < now.getTime() &&
    startsAt.getTime() !== unchangedStart?.getTime()
  )
    errors.startsAt = t('events:form.errors.startInPast');
  if (!end) errors.endsAt = t('events:form.errors.endRequired');
  else if (startsAt && endsAt) {
    if (endsAt.getTime() <= startsAt.getTime())
      errors.endsAt = t('events:form.errors.endBeforeStart');
    else if (endsAt.getTime() - startsAt.getTime() > EventLimits.maxDays * 86_400_000)
      errors.endsAt = t('events:form.errors.tooLong', { days: EventLimits.maxDays });
  }
  const address = draft.address.trim();
  const onlineUrl = draft.onlineUrl.trim();
  if (!draft.placeId && !address && !onlineUrl) errors.address = t('events:form.errors.where');
  if (length(address) > EventLimits.address)
    errors.address = t('events:form.errors.addressTooLong', { max: EventLimits.address });
  if (length(draft.city.trim()) > EventLimits.city)
    errors.city = t('events:form.errors.cityTooLong', { max: EventLimits.city });
  if (onlineUrl && (!webAddress.test(onlineUrl) || onlineUrl.length > 500))
    errors.onlineUrl = t('events:form.errors.onlineUrl');
  const capacity = draft.capacity.trim();
  if (
    capacity &&
    (!wholeNumber.test(capacity) || Number(capacity) < 1 || Number(capacity) > EventLimits.capacity)
  )
    errors.capacity = t('events:form.errors.capacity', { max: EventLimits.capacity });
  if (draft.repeat) {
    const interval = draft.interval.trim();
    if (
      !wholeNumber.test(interval) ||
      Number(interval) < 1 ||
      Number(interval) > EventLimits.interval
    )
      errors['recurrence.interval'] = t('events:form.errors.interval');
    const count = draft.count.trim();
    if (!wholeNumber.test(count) || Number(count) < 2 || Number(count) > EventLimits.occurrences)
      errors['recurrence.count'] = t('events:form.errors.count', { max: EventLimits.occurrences });
  }
  return { errors, startsAt, endsAt };
}

/** The mutation's input, once the draft passed `checkEvent`. */
export function toEventInput(draft: EventDraft, startsAt: Date, endsAt: Date) {
  const orNull = (value: string) => value.trim() || null;
  return {
    title: draft.title.trim(),
    description: orNull(draft.description),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: draft.timeZone,
    placeId: draft.placeId,
    address: orNull(draft.address),
    city: orNull(draft.city),
    country: orNull(draft.country),
    onlineUrl: orNull(draft.onlineUrl),
    capacity: draft.capacity.trim() ? Number(draft.capacity.trim()) : null,
    language: draft.language,
    recurrence: draft.repeat
      ? {
          frequency: draft.frequency,
          interval: Number(draft.interval.trim()),
          count: Number(draft.count.trim()),
        }
      : null,
  };
}

/** The label key (under `form.`) of each field, to name it in the API's messages. */
const fieldLabel: Record<EventField, string> = {
  title: 'eventTitle',
  description: 'description',
  startsAt: 'startDate',
  endsAt: 'endDate',
  timeZone: 'timeZone',
  placeId: 'placeSearch',
  address: 'address',
  city: 'city',
  country: 'country',
  onlineUrl: 'onlineUrl',
  capacity: 'capacity',
  language: 'language',
  coverId: 'cover',
  'recurrence.interval': 'interval',
  'recurrence.count': 'count',
  'recurrence.frequency': 'frequency',
};

const knownFields = new Set<string>(Object.keys(fieldInputId));

/**
 * The API's field errors in the reader's language where we know the rule, else its own words
 * after the field's label; a key the form does not know lands on the title.
 */
export function serverErrors(fields: Record<string, string>, t: TFunction): EventErrors {
  const errors: EventErrors = {};
  for (const [key, message] of Object.entries(fields)) {
    const field = (knownFields.has(key) ? key : 'title') as EventField;
    errors[field] = translateServerMessage(field, message, t);
  }
  return errors;
}

function translateServerMessage(field: EventField, message: string, t: TFunction): string {
  if (field === 'endsAt' && /after the start/.test(message))
    return t('events:form.errors.endBeforeStart');
  if (field === 'endsAt' && /days after/.test(message))
    return t('events:form.errors.tooLong', { days: EventLimits.maxDays });
  if (field === 'startsAt' && /future/.test(message)) return t('events:form.errors.startInPast');
  if (field === 'address' && /place, an address or an online link/.test(message))
    return t('events:form.errors.where');
  if (field === 'placeId') return t('events:form.errors.place');
  if (field === 'timeZone') return t('events:form.errors.timeZone');
  return t('events:form.errors.fromServer', {
    field: t(`events:form.${fieldLabel[field]}`),
    message,
  });
}
