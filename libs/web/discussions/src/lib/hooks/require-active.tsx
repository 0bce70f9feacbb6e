import { PageLoader } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useViewer } from './use-viewer.hook';

/** Writing pages: visitors sign in first (and come back), applicants see their application. */
export function RequireActive({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  if (viewer.loading) return <PageLoader />;
  if (!viewer.member) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (!viewer.active) return <Navigate to="/application" replace />;
  return <>{children}</>;
}
