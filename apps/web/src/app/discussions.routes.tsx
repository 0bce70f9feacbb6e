import {
  LazyDiscussionsPage,
  LazyHeldPostsPage,
  LazyNewThreadPage,
  LazySearchPage,
  LazyThreadPage,
} from '@wide-open/web/discussions';
import {
  LazyNotificationPreferencesPage,
  LazyNotificationsPage,
} from '@wide-open/web/notifications';
import { Navigate, type RouteObject, useLocation, useParams } from 'react-router';

/** The research export's permalinks say `/threads/:id#post-…`: they land on the thread page. */
function ThreadPermalink() {
  const { id = '' } = useParams();
  const { hash } = useLocation();
  return <Navigate to={`/discussions/${id}${hash}`} replace />;
}

// Thread titles are public; the pages themselves say what needs an active member.
export const discussionRoutes: RouteObject[] = [
  { path: 'discussions', element: <LazyDiscussionsPage /> },
  { path: 'discussions/new', element: <LazyNewThreadPage /> },
  { path: 'discussions/:id', element: <LazyThreadPage /> },
  { path: 'threads/:id', element: <ThreadPermalink /> },
  { path: 'search', element: <LazySearchPage /> },
  { path: 'moderation/held-posts', element: <LazyHeldPostsPage /> },
  { path: 'notifications', element: <LazyNotificationsPage /> },
  { path: 'settings/notifications', element: <LazyNotificationPreferencesPage /> },
];
