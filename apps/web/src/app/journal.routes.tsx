import {
  LazyEditStoryPage,
  LazyJournalPage,
  LazyNewStoryPage,
  LazyStoryPage,
} from '@wide-open/web/journal';
import { type RouteObject } from 'react-router';

// The journal and published stories are public; the editor pages say who may write (ambassadors)
// and the story page shows a draft only to its author and moderators, as the API does.
export const journalRoutes: RouteObject[] = [
  { path: 'journal', element: <LazyJournalPage /> },
  { path: 'journal/new', element: <LazyNewStoryPage /> },
  { path: 'journal/:slug', element: <LazyStoryPage /> },
  { path: 'journal/:slug/edit', element: <LazyEditStoryPage /> },
];
