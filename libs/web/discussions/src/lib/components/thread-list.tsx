import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { type Challenge } from '@wide-open/shared/contracts';
import { useSocketEvent } from '@wide-open/web/data-access';
import { LiveRegion, LoadMoreButton } from '@wide-open/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { threadsQuery } from '../discussions.documents';
import { useLanguageRefetch } from '../hooks/use-language-refetch.hook';
import { NewThreadsBanner } from './new-threads-banner';
import { ThreadListItem } from './thread-list-item';

const PAGE_SIZE = 20;

export interface ThreadListProps {
  categoryId: string | null;
  challenge: Challenge | null;
}

/** Pinned first, then latest activity; new threads from others wait behind a banner. */
export function ThreadList({ categoryId, challenge }: ThreadListProps) {
  const { t } = useTranslation('discussions');
  const headingId = useId();
  const filter = categoryId || challenge ? { categoryId, challenge } : null;
  const { data, loading, error, fetchMore, refetch } = useQuery(threadsQuery, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  useLanguageRefetch(refetch);
  const [fresh, setFresh] = useState(0);
  useSocketEvent('thread:new', (event) => {
    if (!categoryId || event.categoryId === categoryId) setFresh((n) => n + 1);
  });
  const threads = data?.threads.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.threads.pageInfo;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('list.threads')}
      </Title>
      <NewThreadsBanner
        count={fresh}
        onShow={() => {
          setFresh(0);
          void refetch();
        }}
      />
      {error && !data ? <Alert color="red">{t('list.error')}</Alert> : null}
      {data && threads.length === 0 ? <Text>{t('list.empty')}</Text> : null}
      <Stack component="ul" gap="md" className="wo-plain-list">
        {threads.map((thread) => (
          <li key={thread.id}>
            <ThreadListItem thread={thread} />
          </li>
        ))}
      </Stack>
      {loading ? <Loader role="status" size="sm" aria-label={t('list.loading')} /> : null}
      <LiveRegion message={data ? t('list.count', { count: threads.length }) : ''} />
      {pageInfo?.hasNextPage ? (
        <LoadMoreButton
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('list.loadMore')}
        </LoadMoreButton>
      ) : null}
    </Stack>
  );
}
