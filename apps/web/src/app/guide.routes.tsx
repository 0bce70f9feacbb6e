import { RequireMember } from '@wide-open/web/accounts';
import {
  LazyEditGuideChapterPage,
  LazyGuideChapterPage,
  LazyGuidePage,
  LazyNewGuideChapterPage,
} from '@wide-open/web/guide';
import { type RouteObject } from 'react-router';

// The guide is public; editing needs a member (the page then checks the editor role, and the
// API decides again).
export const guideRoutes: RouteObject[] = [
  { path: 'guide', element: <LazyGuidePage /> },
  {
    path: 'guide/chapters/new',
    element: <RequireMember>{() => <LazyNewGuideChapterPage />}</RequireMember>,
  },
  { path: 'guide/:slug', element: <LazyGuideChapterPage /> },
  {
    path: 'guide/:slug/edit',
    element: <RequireMember>{() => <LazyEditGuideChapterPage />}</RequireMember>,
  },
];
