import { lazy } from 'react';

// Offered on posts, threads, messages, profiles and place pages (all lazily loaded themselves).
export { ReportButton, type ReportButtonProps } from './lib/report/report-button';
export { ReportDialog, type ReportDialogProps } from './lib/report/report-dialog';
export { moderationEn } from './lib/i18n/moderation.en';
export { moderationFr } from './lib/i18n/moderation.fr';
export { reportingEn } from './lib/i18n/reporting.en';
export { reportingFr } from './lib/i18n/reporting.fr';

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
