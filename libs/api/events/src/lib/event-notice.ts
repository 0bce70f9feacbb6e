import type { EventEntity } from './entities/event.entity';

/** What every event notification carries, so that it reads well without loading the event. */
export function eventNotice(
  event: Pick<
    EventEntity,
    'id' | 'title' | 'startsAt' | 'timeZone' | 'address' | 'city' | 'onlineUrl'
  >,
): Record<string, string> {
  const where = [event.address, event.city].filter(Boolean).join(', ') || event.onlineUrl || '';
  return {
    eventId: event.id,
    eventTitle: event.title,
    startsAt: event.startsAt.toISOString(),
    timeZone: event.timeZone,
    ...(where ? { where } : {}),
  };
}
