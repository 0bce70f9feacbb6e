import { lazy } from 'react';

export * from './lib/i18n/notifications.resources';
export { NotificationsBell } from './lib/bell/notifications-bell';
export { useNotificationsNav } from './lib/bell/use-notifications-nav.hook';

export const LazyNotificationsPage = lazy(() =>
  import('./lib/page/notifications.page').then((m) => ({ default: m.NotificationsPage })),
);

export const LazyNotificationPreferencesPage = lazy(() =>
  import('./lib/preferences/notification-preferences.page').then((m) => ({
    default: m.NotificationPreferencesPage,
  })),
);
