import { lazy } from 'react';

export { guideEn } from './lib/i18n/guide.en';
export { guideFr } from './lib/i18n/guide.fr';

// Route-level splitting: each page (and its texts) loads when first visited.
export const LazyGuidePage = lazy(() =>
  import('./lib/read/guide.page').then((m) => ({ default: m.GuidePage })),
);
export const LazyGuideChapterPage = lazy(() =>
  import('./lib/read/chapter.page').then((m) => ({ default: m.ChapterPage })),
);
export const LazyEditGuideChapterPage = lazy(() =>
  import('./lib/edit/edit-chapter.page').then((m) => ({ default: m.EditChapterPage })),
);
export const LazyNewGuideChapterPage = lazy(() =>
  import('./lib/edit/new-chapter.page').then((m) => ({ default: m.NewChapterPage })),
);
