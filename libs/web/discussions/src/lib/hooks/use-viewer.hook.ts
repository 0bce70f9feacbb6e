import { CommunityRole, MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { type SessionMember, useSession } from '@wide-open/web/data-access';

export interface DiscussionViewer {
  member: SessionMember | null;
  loading: boolean;
  /** May read posts, reply, react and follow. */
  active: boolean;
  moderator: boolean;
  /** Joined as a researcher: may export consenting posts. */
  researcher: boolean;
}

/** What the signed-in reader may do in discussions (the API checks it again). */
export function useViewer(): DiscussionViewer {
  const { member, loading } = useSession();
  const activeMember = member?.status === MemberStatus.ACTIVE ? member : null;
  return {
    member,
    loading,
    active: activeMember !== null,
    moderator: !!activeMember && roleAtLeast(activeMember.role, MemberRole.MODERATOR),
    researcher: activeMember?.communityRole === CommunityRole.RESEARCHER,
  };
}
