import { useQuery } from '@apollo/client/react';
import { MemberStatus } from '@wide-open/shared/contracts';
import { useSession } from '@wide-open/web/data-access';
import { type NavItem } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { unreadNotificationsCountQuery } from '../notifications.documents';

/**
 * On phones the bell does not fit the header: the menu gets a "Notifications" entry with the
 * same count (the bell keeps it live; both read the same cached query), and their settings.
 */
export function useNotificationsNav(): NavItem[] {
  const { t } = useTranslation('notifications');
  const { member } = useSession();
  const active = member?.status === MemberStatus.ACTIVE;
  const { data } = useQuery(unreadNotificationsCountQuery, { skip: !active });
  if (!active) return [];
  const count = data?.unreadNotificationsCount ?? 0;
  return [
    {
      to: '/notifications',
      label: t('bell.label'),
      badge: count || undefined,
      badgeLabel: t('bell.unread', { count }),
      phoneOnly: true,
    },
    // Also linked from the notifications page and the member's space.
    { to: '/settings/notifications', label: t('page.settings'), phoneOnly: true },
  ];
}
