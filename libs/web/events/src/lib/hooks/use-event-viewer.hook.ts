import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { type SessionMember, useSession } from '@wide-open/web/data-access';

export interface EventViewer {
  member: SessionMember | null;
  loading: boolean;
  /** May answer whether they come. */
  active: boolean;
  /** May create events. */
  ambassador: boolean;
}

/** What the signed-in reader may do with events (the API checks it again). */
export function useEventViewer(): EventViewer {
  const { member, loading } = useSession();
  const active = member?.status === MemberStatus.ACTIVE;
  return {
    member,
    loading,
    active,
    ambassador: active && !!member && roleAtLeast(member.role, MemberRole.AMBASSADOR),
  };
}
