import {
  LazyApplicationStatusPage,
  LazyMemberHomePage,
  LazySignInPage,
  LazySignUpPage,
} from '@wide-open/web/accounts';
import { LazyLandingPage } from '@wide-open/web/places';
import { type RouteObject } from 'react-router';
import { AppShellRoute } from './app-shell';
import { discussionRoutes } from './discussions.routes';
import { eventRoutes } from './events.routes';
import { guideRoutes } from './guide.routes';
import { journalRoutes } from './journal.routes';
import { memberRoutes } from './members.routes';
import { placeRoutes } from './places.routes';
import { messagingRoutes } from './messaging.routes';
import { moderationRoutes } from './moderation.routes';
import { NotFoundPage } from './not-found.page';
import { privacyRoutes } from './privacy.routes';

export const routes: RouteObject[] = [
  {
    element: <AppShellRoute />,
    children: [
      { index: true, element: <LazyLandingPage /> },
      { path: 'sign-up', element: <LazySignUpPage /> },
      { path: 'sign-in', element: <LazySignInPage /> },
      { path: 'application', element: <LazyApplicationStatusPage /> },
      { path: 'app', element: <LazyMemberHomePage /> },
      ...moderationRoutes,
      ...memberRoutes,
      ...placeRoutes,
      ...messagingRoutes,
      ...discussionRoutes,
      ...eventRoutes,
      ...guideRoutes,
      ...journalRoutes,
      ...privacyRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
