import { RequireMember } from '@wide-open/web/accounts';
import { LazyMyDataPage } from '@wide-open/web/privacy';
import { type RouteObject } from 'react-router';

// Data rights are for anyone who can sign in, applicants included.
export const privacyRoutes: RouteObject[] = [
  {
    path: 'settings/data',
    element: (
      <RequireMember activeOnly={false}>
        {(member) => <LazyMyDataPage member={member} />}
      </RequireMember>
    ),
  },
];
