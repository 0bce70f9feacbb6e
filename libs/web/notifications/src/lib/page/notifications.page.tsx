import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { useSession } from '@wide-open/web/data-access';
import { LiveRegion, LoadMoreButton, PageHeading, PageLoader } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import {
  describeNotification,
  notificationDetails,
  notificationHref,
} from '../notification-payload';
import {
  markNotificationsReadMutation,
  notificationsQuery,
  unreadNotificationsCountQuery,
} from '../notifications.documents';

const PAGE_SIZE = 20;

function NotificationsList() {
  const { t, i18n } = useTranslation('notifications');
  const navigate = useNavigate();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, fetchMore, refetch } = useQuery(notificationsQuery, {
    variables: { unreadOnly: filter === 'unread', first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [markRead] = useMutation(markNotificationsReadMutation, {
    refetchQueries: [unreadNotificationsCountQuery],
  });
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.notifications.pageInfo;
  const language = i18n.resolvedLanguage ?? 'en';

  const open = async (id: string, unread: boolean, href: string) => {
    if (unread) await markRead({ variables: { ids: [id] } }).catch(() => undefined);
    await navigate(href);
  };
  const markAll = async () => {
    await markRead({ variables: { ids: null } });
    await refetch();
    setAnnouncement(t('page.allRead'));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <PageHeading title={t('page.title')} />
        <Anchor component={Link} to="/settings/notifications">
          {t('page.settings')}
        </Anchor>
      </Group>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('page.show')}
          value={filter}
          onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
          data={[
            { value: 'all', label: t('page.all') },
            { value: 'unread', label: t('page.unread') },
          ]}
        />
        <Button variant="outline" onClick={() => void markAll()}>
          {t('page.markAllRead')}
        </Button>
      </Group>
      <LiveRegion message={announcement} />
      {error && !data ? <Alert color="red">{t('page.error')}</Alert> : null}
      {data && items.length === 0 ? <Text>{t('page.empty')}</Text> : null}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => {
          const unread = !item.readAt;
          const details = notificationDetails(item.payload);
          const href = notificationHref(item.payload, item.type);
          const text = describeNotification(item.type, item.payload, t);
          return (
            <li key={item.id}>
              <Paper withBorder p="sm" className="wo-notification" data-unread={unread}>
                <Stack gap={4}>
                  <Group gap="xs">
                    {unread ? (
                      <Badge size="sm" color="teal.9">
                        {t('page.unreadMark')}
                      </Badge>
                    ) : null}
                    <Anchor
                      component={Link}
                      to={href}
                      fw={unread ? 700 : 500}
                      onClick={(event) => {
                        event.preventDefault();
                        void open(item.id, unread, href);
                      }}
                    >
                      {text}
                    </Anchor>
                  </Group>
                  {details.excerpt ? (
                    <Text size="sm" lineClamp={2}>
                      {details.excerpt}
                    </Text>
                  ) : null}
                  <Group justify="space-between">
                    <Text size="xs" c="dimmed">
                      <time dateTime={item.createdAt}>
                        {new Intl.DateTimeFormat(language, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        }).format(new Date(item.createdAt))}
                      </time>
                    </Text>
                    {unread ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={t('page.markReadLabel', { text })}
                        onClick={() => void markRead({ variables: { ids: [item.id] } })}
                      >
                        {t('page.markRead')}
                      </Button>
                    ) : null}
                  </Group>
                </Stack>
              </Paper>
            </li>
          );
        })}
      </Stack>
      {loading ? <Loader role="status" size="sm" aria-label={t('ui:loading')} /> : null}
      {pageInfo?.hasNextPage ? (
        <LoadMoreButton
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('page.loadMore')}
        </LoadMoreButton>
      ) : null}
    </Stack>
  );
}

/** `/notifications`: everything the member hears of, newest first; each leads to its content. */
export function NotificationsPage() {
  const { member, loading } = useSession();
  if (loading) return <PageLoader />;
  if (!member) return <Navigate to="/sign-in?next=%2Fnotifications" replace />;
  if (member.status !== MemberStatus.ACTIVE) return <Navigate to="/application" replace />;
  return (
    <Container size="md">
      <NotificationsList />
    </Container>
  );
}
