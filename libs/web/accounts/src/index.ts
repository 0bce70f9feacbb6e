import { lazy } from 'react';

export * from './lib/i18n/accounts.en';
export * from './lib/i18n/accounts.fr';
export { AccountMenu } from './lib/session/account-menu';
export { useAccountNav } from './lib/session/use-account-nav.hook';
export { isModerator, RequireMember } from './lib/session/require-member';

// Route-level splitting: each page is its own chunk, loaded when first visited.
export const LazySignUpPage = lazy(() =>
  import('./lib/sign-up/sign-up.page').then((m) => ({ default: m.SignUpPage })),
);
export const LazySignInPage = lazy(() =>
  import('./lib/sign-in/sign-in.page').then((m) => ({ default: m.SignInPage })),
);
export const LazyApplicationStatusPage = lazy(() =>
  import('./lib/application/application-status.page').then((m) => ({
    default: m.ApplicationStatusPage,
  })),
);
export const LazyModerationQueuePage = lazy(() =>
  import('./lib/moderation/moderation-queue.page').then((m) => ({
    default: m.ModerationQueuePage,
  })),
);
export const LazyMemberHomePage = lazy(() =>
  import('./lib/home/member-home.page').then((m) => ({ default: m.MemberHomePage })),
);
