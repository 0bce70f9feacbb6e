import { LazyMyDataPage } from '@wide-open/web/privacy';
import { type RouteObject } from 'react-router';

// Data rights are for anyone who can sign in, applicants included; the page guards itself.
export const privacyRoutes: RouteObject[] = [
  { path: 'settings/data', element: <LazyMyDataPage /> },
];
