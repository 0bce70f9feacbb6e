import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type EventSummaryFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatEventWhen } from '../time/zoned-time';

export type EventSeats = { kind: 'unlimited' } | { kind: 'left'; count: number } | { kind: 'full' };

/** Seats left, or full (the next GOING joins the waiting list), or no limit. */
export function eventSeats(
  event: Pick<EventSummaryFragment, 'capacity' | 'goingCount'>,
): EventSeats {
  if (event.capacity === null || event.capacity === undefined) return { kind: 'unlimited' };
  const left = event.capacity - event.goingCount;
  return left > 0 ? { kind: 'left', count: left } : { kind: 'full' };
}

/** "Seats left" or "Full: waiting list", in the reader's language. */
export function SeatsBadge({ event }: { event: EventSummaryFragment }) {
  const { t } = useTranslation('events');
  const seats = eventSeats(event);
  switch (seats.kind) {
    case 'unlimited':
      return (
        <Badge color="gray.8" variant="outline" tt="none">
          {t('card.noLimit')}
        </Badge>
      );
    case 'left':
      return (
        <Badge color="teal.9" variant="outline" tt="none">
          {t('card.seatsLeft', { count: seats.count })}
        </Badge>
      );
    case 'full':
      return (
        <Badge color="red.9" variant="outline" tt="none">
          {t('card.full')}
        </Badge>
      );
  }
}

/** Where it happens, short: the city (or the place's), or "Online". */
export function eventWhereShort(
  event: Pick<EventSummaryFragment, 'city' | 'onlineUrl' | 'place'>,
  online: string,
): string {
  const city = event.city;
  if (city) return event.onlineUrl ? `${city} · ${online}` : city;
  if (event.place) return event.place.name;
  return online;
}

/** One upcoming event: title, when in its own zone, where, seats. */
export function EventCard({ event }: { event: EventSummaryFragment }) {
  const { t, i18n } = useTranslation('events');
  const language = i18n.resolvedLanguage ?? 'en';
  const when = formatEventWhen(event.startsAt, event.endsAt, event.timeZone, language);
  return (
    <Card component="article" withBorder padding="md" radius="md">
      <Stack gap={6}>
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/events/${event.id}`}>
            {event.title}
          </Anchor>
        </Title>
        <Text size="sm">
          <Text component="span" fw={700}>
            {t('card.when')}{' '}
          </Text>
          <time dateTime={event.startsAt}>{when.range}</time>{' '}
          <Text component="span" c="gray.8" size="sm">
            ({when.zone})
          </Text>
        </Text>
        <Text size="sm">
          <Text component="span" fw={700}>
            {t('card.where')}{' '}
          </Text>
          {eventWhereShort(event, t('card.online'))}
        </Text>
        <Group gap="xs">
          {event.cancelled ? (
            <Badge color="red.9" variant="filled" tt="none">
              {t('card.cancelled')}
            </Badge>
          ) : (
            <SeatsBadge event={event} />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
