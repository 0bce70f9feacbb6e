import '../notifications.css';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { MemberStatus } from '@wide-open/shared/contracts';
import { useSession, useSocketEvent } from '@wide-open/web/data-access';
import { LiveRegion } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeNotification } from '../notification-payload';
import { unreadNotificationsCountQuery } from '../notifications.documents';

/**
 * The header's bell, for ACTIVE members: a link to /notifications whose name carries the unread
 * count. A new notification updates it live and is read out politely.
 */
export function NotificationsBell() {
  const { t } = useTranslation('notifications');
  const { member } = useSession();
  const active = member?.status === MemberStatus.ACTIVE;
  const client = useApolloClient();
  const [announcement, setAnnouncement] = useState('');
  const { data, refetch } = useQuery(unreadNotificationsCountQuery, { skip: !active });
  useSocketEvent('notification:new', (notification) => {
    void refetch();
    // Lists already loaded are stale: dropping them makes an open notifications page refetch.
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
    client.cache.gc();
    setAnnouncement(
      t('bell.arrived', { text: describeNotification(notification.type, notification.payload, t) }),
    );
  });
  // Read in another tab, or by opening the conversation a NEW_MESSAGE was about.
  useSocketEvent('notification:read', () => {
    void refetch();
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
    client.cache.gc();
  });
  if (!active) return null;
  const count = data?.unreadNotificationsCount ?? 0;
  return (
    <>
      <Link
        to="/notifications"
        className="wo-bell"
        aria-label={count > 0 ? t('bell.labelUnread', { count }) : t('bell.label')}
        data-testid="notifications-bell"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 ? (
          <span className="wo-bell-count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </Link>
      <LiveRegion message={announcement} />
    </>
  );
}
