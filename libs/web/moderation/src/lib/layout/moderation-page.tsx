import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { type SessionMember, useSession } from '@wide-open/web/data-access';
import { PageLoader } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useModerationTexts } from '../i18n/use-moderation-texts.hook';
import '../moderation.css';

/** An ACTIVE moderator or admin (the API checks it again on every call). */
export function isModerator(member: SessionMember | null): member is SessionMember {
  return member?.status === MemberStatus.ACTIVE && roleAtLeast(member.role, MemberRole.MODERATOR);
}

/**
 * A moderators' page: their texts, and only for ACTIVE moderators and admins. Visitors go to
 * sign in (and come back), anyone else to their home. (The same rules as the accounts guard,
 * which this feature cannot import: accounts depends on places, which offers "Report".)
 */
export function ModerationPage({ children }: { children: (member: SessionMember) => ReactNode }) {
  useModerationTexts();
  const { member, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (!member) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (!isModerator(member)) return <Navigate to="/app" replace />;
  return <>{children(member)}</>;
}
