import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { type ConversationSummaryFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { conversationName, otherParticipants } from '../shared/conversation-name';
import { formatMessageTime } from '../shared/format-time';
import { MemberAvatar } from '../shared/member-avatar';

export interface ConversationListItemProps {
  conversation: ConversationSummaryFragment;
  viewerId: string;
}

/** One row of the inbox: who, the last message, when, and how many are unread. */
export function ConversationListItem({ conversation, viewerId }: ConversationListItemProps) {
  const { t, i18n } = useTranslation('messaging');
  const name = conversationName(conversation, viewerId, t);
  const last = conversation.lastMessage;
  const others = otherParticipants(conversation.participants, viewerId);
  const excerpt = !last
    ? t('inbox.noMessage')
    : last.deleted
      ? t('inbox.removed')
      : last.author.id === viewerId
        ? t('inbox.you', { text: last.body })
        : last.body;
  const unread = conversation.unreadCount;
  return (
    <UnstyledButton
      component={Link}
      to={`/messages/${conversation.id}`}
      className="wo-conversation-item"
      data-unread={unread > 0 || undefined}
    >
      <Group wrap="nowrap" align="center" gap="sm">
        <MemberAvatar name={others[0]?.displayName ?? name} url={others[0]?.avatarUrl} />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={unread > 0 ? 800 : 600} truncate>
              {name}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {formatMessageTime(conversation.lastMessageAt, i18n.language)}
            </Text>
          </Group>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" c="dimmed" truncate>
              {excerpt}
            </Text>
            {unread > 0 ? (
              <Badge color="teal.9" size="sm" component="span" style={{ flexShrink: 0 }}>
                <span aria-hidden="true">{unread}</span>
                <span className="wo-visually-hidden">{t('inbox.unread', { count: unread })}</span>
              </Badge>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
