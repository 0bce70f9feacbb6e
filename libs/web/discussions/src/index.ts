import { lazy } from 'react';

export { discussionsEn } from './lib/i18n/discussions.en';
export { discussionsFr } from './lib/i18n/discussions.fr';

// Route-level splitting: each page (and react-markdown with it) loads when first visited.
export const LazyDiscussionsPage = lazy(() =>
  import('./lib/pages/discussions.page').then((m) => ({ default: m.DiscussionsPage })),
);
export const LazyNewThreadPage = lazy(() =>
  import('./lib/pages/new-thread.page').then((m) => ({ default: m.NewThreadPage })),
);
export const LazyThreadPage = lazy(() =>
  import('./lib/thread/thread.page').then((m) => ({ default: m.ThreadPage })),
);
export const LazySearchPage = lazy(() =>
  import('./lib/search/search.page').then((m) => ({ default: m.SearchPage })),
);
export const LazyHeldPostsPage = lazy(() =>
  import('./lib/moderation/held-posts.page').then((m) => ({ default: m.HeldPostsPage })),
);
// A thread's messages and reply box inside another page (a journal story's comments).
export const LazyThreadDiscussion = lazy(() =>
  import('./lib/thread/thread-discussion').then((m) => ({ default: m.ThreadDiscussion })),
);
