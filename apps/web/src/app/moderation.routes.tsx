import { LazyModerationQueuePage } from '@wide-open/web/accounts';
import {
  LazyModerationDashboardPage,
  LazyModerationLayout,
  LazyModerationLogPage,
  LazyReportsPage,
} from '@wide-open/web/moderation';
import { type RouteObject } from 'react-router';

// Moderators only: each page guards itself; the layout links the four together.
export const moderationRoutes: RouteObject[] = [
  {
    path: 'moderation',
    element: <LazyModerationLayout />,
    children: [
      { index: true, element: <LazyModerationDashboardPage /> },
      { path: 'applications', element: <LazyModerationQueuePage /> },
      { path: 'reports', element: <LazyReportsPage /> },
      { path: 'log', element: <LazyModerationLogPage /> },
    ],
  },
];
