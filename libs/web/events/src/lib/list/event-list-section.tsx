import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import type { EventSummaryFragment } from '@wide-open/web/data-access';
import { LiveRegion, LoadMoreButton } from '@wide-open/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EventCard } from './event-card';

export interface EventListSectionProps {
  heading: string;
  empty: string;
  events: EventSummaryFragment[];
  loaded: boolean;
  loading: boolean;
  failed: boolean;
  /** Set when another page follows: loads it (keyset cursor). */
  onMore: (() => void) | null;
}

/** A titled list of event cards, a page at a time, its count announced to screen readers. */
export function EventListSection({
  heading,
  empty,
  events,
  loaded,
  loading,
  failed,
  onMore,
}: EventListSectionProps) {
  const { t } = useTranslation('events');
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {heading}
      </Title>
      {failed ? <Alert color="red">{t('list.error')}</Alert> : null}
      {loaded && events.length === 0 ? <Text>{empty}</Text> : null}
      <Stack component="ul" gap="md" className="wo-events-plain-list">
        {events.map((event) => (
          <li key={event.id}>
            <EventCard event={event} />
          </li>
        ))}
      </Stack>
      {loading ? <Loader role="status" size="sm" aria-label={t('list.loading')} /> : null}
      <LiveRegion message={loaded ? t('list.count', { count: events.length }) : ''} />
      {onMore ? (
        <LoadMoreButton loading={loading} onClick={onMore}>
          {t('list.loadMore')}
        </LoadMoreButton>
      ) : null}
    </Stack>
  );
}
