import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { type SessionMember, useSession } from '@wide-open/web/data-access';
import { type ReactNode } from 'react';
import { PageLoader } from '@wide-open/web/ui';
import { Navigate, useLocation } from 'react-router';

/** Only same-site paths: `next=//evil.example` must not send people elsewhere. */
export function safeNextPath(next: string | null | undefined, fallback = '/app'): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

export interface RequireMemberProps {
  children: (member: SessionMember) => ReactNode;
  /** ACTIVE members only (default); `false` lets applicants in too (their status page). */
  activeOnly?: boolean;
  minimumRole?: MemberRole;
}

/**
 * Route guard: visitors go to sign in (and come back afterwards), applicants whose account is
 * not yet active go to their application page, and members without the role go home.
 */
export function RequireMember({ children, activeOnly = true, minimumRole }: RequireMemberProps) {
  const { member, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (!member) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (activeOnly && member.status !== MemberStatus.ACTIVE) {
    return <Navigate to="/application" replace />;
  }
  if (minimumRole && !roleAtLeast(member.role, minimumRole)) return <Navigate to="/app" replace />;
  return <>{children(member)}</>;
}

export function isModerator(member: SessionMember | null): boolean {
  return member?.status === MemberStatus.ACTIVE && roleAtLeast(member.role, MemberRole.MODERATOR);
}
