import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { eventsQuery, myEventsQuery } from '../events.documents';
import { apiFilter, type EventListParams } from './event-filters';
import { EventListSection } from './event-list-section';

const PAGE_SIZE = 20;

/** Upcoming first, a page at a time ("Show more" follows the keyset cursor). */
export function UpcomingEvents({ params }: { params: EventListParams }) {
  const { t } = useTranslation('events');
  const { data, loading, error, fetchMore } = useQuery(eventsQuery, {
    variables: { first: PAGE_SIZE, filter: apiFilter(params) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.events.pageInfo;
  return (
    <EventListSection
      heading={t('list.upcoming')}
      empty={t('list.empty')}
      events={data?.events.edges.map((edge) => edge.node) ?? []}
      loaded={!!data}
      loading={loading}
      failed={!!error && !data}
      onMore={
        pageInfo?.hasNextPage
          ? () => void fetchMore({ variables: { after: pageInfo.endCursor } })
          : null
      }
    />
  );
}

/** The reader's own agenda: what they organize or said they would (maybe) attend. */
export function MyEvents({ past = false }: { past?: boolean }) {
  const { t } = useTranslation('events');
  const { data, loading, error, fetchMore } = useQuery(myEventsQuery, {
    variables: { first: PAGE_SIZE, past },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.myEvents.pageInfo;
  return (
    <EventListSection
      heading={past ? t('mine.past') : t('mine.upcoming')}
      empty={past ? t('mine.emptyPast') : t('mine.empty')}
      events={data?.myEvents.edges.map((edge) => edge.node) ?? []}
      loaded={!!data}
      loading={loading}
      failed={!!error && !data}
      onMore={
        pageInfo?.hasNextPage
          ? () => void fetchMore({ variables: { after: pageInfo.endCursor } })
          : null
      }
    />
  );
}
