import type { EntityManager } from 'typeorm';
import { BadInputError } from '@wide-open/api/core';
import { PlaceEntity } from '@wide-open/api/places';
import { isTimeZone } from '@wide-open/shared/contracts';
import { EventLimits } from './dto/event.inputs';

/** What an event will be once saved: a new one, or an existing one with the changes applied. */
export interface EventShape {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  placeId?: string | null;
  address?: string | null;
  onlineUrl?: string | null;
}

/**
 * What class-validator cannot check alone: times, zone, where it happens. `startMoved` is false
 * when editing an event without touching its start, which may already be in the past.
 */
export async function validateEvent(
  manager: EntityManager,
  event: EventShape,
  now: Date,
  startMoved = true,
): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  if (!isTimeZone(event.timeZone)) fields['timeZone'] = 'is not a time zone (e.g. Europe/Paris)';
  if (startMoved && event.startsAt.getTime() < now.getTime())
    fields['startsAt'] = 'must be in the future';
  if (event.endsAt.getTime() <= event.startsAt.getTime())
    fields['endsAt'] = 'must be after the start';
  else if (event.endsAt.getTime() - event.startsAt.getTime() > EventLimits.maxDays * 86_400_000)
    fields['endsAt'] = `must be at most ${EventLimits.maxDays} days after the start`;
  if (!event.placeId && !event.address && !event.onlineUrl)
    fields['address'] = 'give a place, an address or an online link';
  if (event.placeId) {
    const place = await manager.findOneBy(PlaceEntity, { id: event.placeId });
    if (!place || place.hiddenAt) fields['placeId'] = 'is not a place';
  }
  return fields;
}

export function throwIfInvalid(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw new BadInputError(fields);
}
