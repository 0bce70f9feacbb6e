import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { type SessionMember, useSession } from '@wide-open/web/data-access';

export interface JournalViewer {
  member: SessionMember | null;
  loading: boolean;
  /** May follow the journal and comment. */
  active: boolean;
  /** May write stories. */
  ambassador: boolean;
  /** Sees and edits every draft. */
  moderator: boolean;
}

/** What the signed-in reader may do with the journal (the API checks it again). */
export function useJournalViewer(): JournalViewer {
  const { member, loading } = useSession();
  const active = member?.status === MemberStatus.ACTIVE;
  return {
    member,
    loading,
    active,
    ambassador: active && !!member && roleAtLeast(member.role, MemberRole.AMBASSADOR),
    moderator: active && !!member && roleAtLeast(member.role, MemberRole.MODERATOR),
  };
}
