import {
  LazyEditEventPage,
  LazyEventPage,
  LazyEventsPage,
  LazyNewEventPage,
} from '@wide-open/web/events';
import { type RouteObject } from 'react-router';

// Event pages are public; the pages say what needs a member (answering) or an ambassador.
export const eventRoutes: RouteObject[] = [
  { path: 'events', element: <LazyEventsPage /> },
  { path: 'events/new', element: <LazyNewEventPage /> },
  { path: 'events/:id', element: <LazyEventPage /> },
  { path: 'events/:id/edit', element: <LazyEditEventPage /> },
];
