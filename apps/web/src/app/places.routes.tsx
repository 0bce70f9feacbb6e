import { RequireMember } from '@wide-open/web/accounts';
import {
  LazyChallengePage,
  LazyChallengesPage,
  LazyEditPlacePage,
  LazyNewPlacePage,
  LazyPlacePage,
  LazyPlacesIndexPage,
} from '@wide-open/web/places';
import { type RouteObject } from 'react-router';

// Places and challenges are public; creating and editing need an active member (the edit page
// then checks the team role, and the API decides again).
export const placeRoutes: RouteObject[] = [
  { path: 'places', element: <LazyPlacesIndexPage /> },
  {
    path: 'places/new',
    element: <RequireMember>{() => <LazyNewPlacePage />}</RequireMember>,
  },
  { path: 'places/:slug', element: <LazyPlacePage /> },
  {
    path: 'places/:slug/edit',
    element: <RequireMember>{() => <LazyEditPlacePage />}</RequireMember>,
  },
  { path: 'challenges', element: <LazyChallengesPage /> },
  { path: 'challenges/:challenge', element: <LazyChallengePage /> },
];
