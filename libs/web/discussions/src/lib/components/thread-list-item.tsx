import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { type ThreadSummaryFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../hooks/format-date';

/** One thread in a list: its title links to it; marks and counts are words, not colours only. */
export function ThreadListItem({ thread }: { thread: ThreadSummaryFragment }) {
  const { t, i18n } = useTranslation('discussions');
  return (
    <Stack gap={4} className="wo-thread-item">
      <Group gap="xs" wrap="wrap">
        {thread.pinned ? (
          <Badge size="sm" color="teal.9">
            {t('list.pinned')}
          </Badge>
        ) : null}
        {thread.locked ? (
          <Badge size="sm" color="gray.8">
            {t('list.locked')}
          </Badge>
        ) : null}
        {thread.hidden ? (
          <Badge size="sm" color="red.9">
            {t('list.hidden')}
          </Badge>
        ) : null}
        <Anchor component={Link} to={`/discussions/${thread.id}`} fw={700} fz="lg">
          {thread.title}
        </Anchor>
        {thread.unreadCount > 0 ? (
          <Badge size="sm" color="teal.9" variant="filled">
            {t('list.unread', { count: thread.unreadCount })}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {thread.category.name} · {t('list.by', { name: thread.author.displayName })} ·{' '}
        {t('list.posts', { count: thread.postsCount })} ·{' '}
        {t('list.lastActivity', {
          date: formatDateTime(thread.lastPostAt, i18n.resolvedLanguage ?? 'en'),
        })}
        {thread.challenge ? ` · ${t(`challenge.${thread.challenge}`)}` : ''}
      </Text>
    </Stack>
  );
}
