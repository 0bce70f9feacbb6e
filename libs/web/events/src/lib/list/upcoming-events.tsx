import { useQuery } from '@apollo/client/react';
import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { LiveRegion } from '@wide-open/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsQuery } from '../events.documents';
import { EventCard } from './event-card';
import { apiFilter, type EventListParams } from './event-filters';

const PAGE_SIZE = 20;

/** Upcoming first, a page at a time ("Show more" follows the keyset cursor). */
export function UpcomingEvents({ params }: { params: EventListParams }) {
  const { t } = useTranslation('events');
  const headingId = useId();
  const { data, loading, error, fetchMore } = useQuery(eventsQuery, {
    variables: { first: PAGE_SIZE, filter: apiFilter(params) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.events.pageInfo;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('list.upcoming')}
      </Title>
      {error && !data ? <Alert color="red">{t('list.error')}</Alert> : null}
      {data && events.length === 0 ? <Text>{t('list.empty')}</Text> : null}
      <Stack component="ul" gap="md" className="wo-events-plain-list">
        {events.map((event) => (
          <li key={event.id}>
            <EventCard event={event} />
          </li>
        ))}
      </Stack>
      {loading ? <Loader size="sm" aria-label={t('list.loading')} /> : null}
      <LiveRegion message={data ? t('list.count', { count: events.length }) : ''} />
      {pageInfo?.hasNextPage ? (
        <Button
          variant="outline"
          disabled={loading}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('list.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
