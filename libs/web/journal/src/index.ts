import { lazy } from 'react';

export { journalEn } from './lib/i18n/journal.en';
export { journalFr } from './lib/i18n/journal.fr';

// Route-level splitting: each page (and its texts) loads when first visited.
export const LazyJournalPage = lazy(() =>
  import('./lib/list/journal.page').then((m) => ({ default: m.JournalPage })),
);
export const LazyStoryPage = lazy(() =>
  import('./lib/story/story.page').then((m) => ({ default: m.StoryPage })),
);
export const LazyNewStoryPage = lazy(() =>
  import('./lib/editor/story-editor.page').then((m) => ({ default: m.NewStoryPage })),
);
export const LazyEditStoryPage = lazy(() =>
  import('./lib/editor/story-editor.page').then((m) => ({ default: m.EditStoryPage })),
);
