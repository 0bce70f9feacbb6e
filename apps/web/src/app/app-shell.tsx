import { AccountMenu, useAccountNav } from '@wide-open/web/accounts';
import { NotificationsBell, useNotificationsNav } from '@wide-open/web/notifications';
import { MessagingShell, useMessagesNavItem } from '@wide-open/web/messaging';
import { LazyAccountDeletedNotice } from '@wide-open/web/privacy';
import { AppLayout, PageLoader } from '@wide-open/web/ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

/** The layout around every route; pages load lazily inside it. */
export function AppShellRoute() {
  const accountNav = useAccountNav();
  const messages = useMessagesNavItem();
  const notificationsNav = useNotificationsNav();
  const { t } = useTranslation('common');
  // Events and the Journal sit after Discussions (or at the end if the account nav changes
  // shape). On wider screens the name at the left already leads home: "Home" moves to the phone
  // menu, which keeps the header within 1280 px, in French and with a long member name.
  const discussionsAt = accountNav.findIndex((item) => item.to === '/discussions');
  const at = discussionsAt === -1 ? accountNav.length : discussionsAt + 1;
  const nav = [
    ...accountNav
      .slice(0, at)
      .map((item) => (item.to === '/' ? { ...item, phoneOnly: true } : item)),
    { to: '/events', label: t('nav.events') },
    { to: '/guide', label: t('nav.guide') },
    { to: '/journal', label: t('nav.journal') },
    ...accountNav.slice(at),
    ...(messages ? [messages] : []),
    ...notificationsNav,
  ];
  // Set by the data-rights page after deleting the account (navigation state: shown once).
  const accountDeleted = (useLocation().state as { accountDeleted?: boolean } | null)
    ?.accountDeleted;
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
        {accountDeleted ? (
          <Suspense fallback={null}>
            <LazyAccountDeletedNotice />
          </Suspense>
        ) : null}
        <Outlet />
      </Suspense>
      <MessagingShell />
    </AppLayout>
  );
}
