import { lazy } from 'react';

// Only lazy pages here: the app shell imports this entry, so anything exported statically would
// land in the first load. "Report" has its own entry: @wide-open/web/moderation-report.
// The moderators' pages, and recharts with the dashboard, load only when visited.
export const LazyModerationLayout = lazy(() =>
  import('./lib/layout/moderation-layout').then((m) => ({ default: m.ModerationLayout })),
);
export const LazyModerationDashboardPage = lazy(() =>
  import('./lib/dashboard/dashboard.page').then((m) => ({ default: m.ModerationDashboardPage })),
);
export const LazyReportsPage = lazy(() =>
  import('./lib/reports/reports.page').then((m) => ({ default: m.ReportsPage })),
);
export const LazyModerationLogPage = lazy(() =>
  import('./lib/log/moderation-log.page').then((m) => ({ default: m.ModerationLogPage })),
);
