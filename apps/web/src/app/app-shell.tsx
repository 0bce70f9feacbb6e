import { AccountMenu, useAccountNav } from '@wide-open/web/accounts';
import { NotificationsBell, useNotificationsNav } from '@wide-open/web/notifications';
import { MessagingShell, useMessagesNavItem } from '@wide-open/web/messaging';
import { AppLayout, PageLoader } from '@wide-open/web/ui';
import { Suspense } from 'react';
import { Outlet } from 'react-router';

/** The layout around every route; pages load lazily inside it. */
export function AppShellRoute() {
  const accountNav = useAccountNav();
  const messages = useMessagesNavItem();
  const notificationsNav = useNotificationsNav();
  const nav = [...accountNav, ...(messages ? [messages] : []), ...notificationsNav];
  return (
    <AppLayout
      nav={nav}
      account={
        <>
          <NotificationsBell />
          <AccountMenu />
        </>
      }
    >
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
      <MessagingShell />
    </AppLayout>
  );
}
