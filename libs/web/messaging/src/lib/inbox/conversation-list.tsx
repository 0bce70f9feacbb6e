import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PageLoader } from '@wide-open/web/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { conversationsQuery } from '../messaging.documents';
import { ConversationListItem } from './conversation-list-item';

const PAGE = 20;

/**
 * The viewer's conversations, most recent activity first. Sorted here too: live messages move
 * a conversation's `lastMessageAt` in the cache and the list re-sorts without a refetch.
 */
export function ConversationList({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation('messaging');
  const { data, loading, error, fetchMore } = useQuery(conversationsQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const conversations = useMemo(
    () =>
      [...(data?.conversations.edges ?? [])]
        .map((edge) => edge.node)
        .sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt) || b.id.localeCompare(a.id)),
    [data],
  );
  if (!data && loading) return <PageLoader />;
  if (!data && error) return <Alert color="red">{t('inbox.error')}</Alert>;
  if (conversations.length === 0) return <Text>{t('inbox.empty')}</Text>;
  const pageInfo = data?.conversations.pageInfo;
  return (
    <Stack gap="sm">
      <ul className="wo-conversation-list" aria-label={t('inbox.list')}>
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <ConversationListItem conversation={conversation} viewerId={viewerId} />
          </li>
        ))}
      </ul>
      {pageInfo?.hasNextPage ? (
        <Button
          variant="subtle"
          onClick={() => void fetchMore({ variables: { first: PAGE, after: pageInfo.endCursor } })}
        >
          {t('inbox.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
