import { lazy } from 'react';

// Route-level splitting: the page, its dialog and its texts load when first visited.
export const LazyMyDataPage = lazy(() =>
  import('./lib/my-data/my-data.page').then((m) => ({ default: m.MyDataPage })),
);
/** Shown on the home page right after an account was deleted (a separate, tiny chunk). */
export const LazyAccountDeletedNotice = lazy(() =>
  import('./lib/my-data/account-deleted-notice').then((m) => ({
    default: m.AccountDeletedNotice,
  })),
);
