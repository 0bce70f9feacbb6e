import { RequireMember } from '@wide-open/web/accounts';
import {
  LazyEditProfilePage,
  LazyMemberDirectoryPage,
  LazyMemberProfilePage,
} from '@wide-open/web/members';
import { type RouteObject } from 'react-router';

// Profiles are public; the directory and one's own settings are for active members.
export const memberRoutes: RouteObject[] = [
  { path: 'members/:handle', element: <LazyMemberProfilePage /> },
  {
    path: 'members',
    element: <RequireMember>{() => <LazyMemberDirectoryPage />}</RequireMember>,
  },
  {
    path: 'settings/profile',
    element: <RequireMember>{() => <LazyEditProfilePage />}</RequireMember>,
  },
];
