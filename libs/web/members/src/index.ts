import { lazy } from 'react';

// Route-level splitting: each page and its texts load when first visited.
export const LazyMemberProfilePage = lazy(() =>
  import('./lib/profile/member-profile.page').then((m) => ({ default: m.MemberProfilePage })),
);
export const LazyEditProfilePage = lazy(() =>
  import('./lib/edit/edit-profile.page').then((m) => ({ default: m.EditProfilePage })),
);
export const LazyMemberDirectoryPage = lazy(() =>
  import('./lib/directory/member-directory.page').then((m) => ({
    default: m.MemberDirectoryPage,
  })),
);
