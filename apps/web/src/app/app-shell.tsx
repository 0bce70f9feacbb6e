import { AccountMenu, useAccountNav } from '@wide-open/web/accounts';
import { AppLayout, PageLoader } from '@wide-open/web/ui';
import { Suspense } from 'react';
import { Outlet } from 'react-router';

/** The layout around every route; pages load lazily inside it. */
export function AppShellRoute() {
  const nav = useAccountNav();
  return (
    <AppLayout nav={nav} account={<AccountMenu />}>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}
