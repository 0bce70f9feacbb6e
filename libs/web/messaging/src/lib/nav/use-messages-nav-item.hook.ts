import { useQuery } from '@apollo/client/react';
import { MemberStatus } from '@wide-open/shared/contracts';
import { useResourceBundle, useSession, useSocketEvent } from '@wide-open/web/data-access';
import { type NavItem } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { unreadMessagesCountQuery } from '../messaging.documents';

// The few words the shell shows on every page; the rest of messaging's texts load with its pages.
const navTexts = {
  en: {
    messages: 'Messages',
    unread_one: '{{count}} unread message',
    unread_other: '{{count}} unread messages',
  },
  fr: {
    messages: 'Messages',
    unread_one: '{{count}} message non lu',
    unread_other: '{{count}} messages non lus',
  },
};

/** Unread messages across conversations, kept live by socket events (null for non-members). */
export function useUnreadMessagesCount(): number | null {
  const { member } = useSession();
  const active = member?.status === MemberStatus.ACTIVE;
  const { data, refetch } = useQuery(unreadMessagesCountQuery, { skip: !active });
  const refresh = () => {
    if (active) void refetch();
  };
  useSocketEvent('message:new', (message) => {
    if (message.author.id !== member?.id) refresh();
  });
  useSocketEvent('message:updated', refresh);
  useSocketEvent('conversation:read', (read) => {
    if (read.memberId === member?.id) refresh();
  });
  return active ? (data?.unreadMessagesCount ?? 0) : null;
}

/** The shell's "Messages" entry with its unread badge, for ACTIVE members only. */
export function useMessagesNavItem(): NavItem | null {
  useResourceBundle('messagingNav', navTexts);
  const { t } = useTranslation('messagingNav');
  const count = useUnreadMessagesCount();
  if (count === null) return null;
  return {
    to: '/messages',
    label: t('messages'),
    badge: count || undefined,
    badgeLabel: t('unread', { count }),
  };
}
