import { MemberRole, MemberStatus, PlaceTeamRole, roleAtLeast } from '@wide-open/shared/contracts';
import {
  type PlaceDetailsFragment,
  type PlaceTeamRole as TeamRole,
  useSession,
} from '@wide-open/web/data-access';

export interface PlaceViewer {
  signedIn: boolean;
  active: boolean;
  moderator: boolean;
  teamRole: TeamRole | null;
  /** Founders, staff and moderators edit the page and its team. */
  canEdit: boolean;
  /** Any team member (or a moderator) shares lessons. */
  canAddLesson: boolean;
}

/**
 * What the viewer may do on a place: only to show the right buttons; the API decides again on
 * every request.
 */
export function usePlaceViewer(place: Pick<PlaceDetailsFragment, 'team'> | null): PlaceViewer {
  const { member } = useSession();
  const active = member?.status === MemberStatus.ACTIVE;
  const moderator = active && roleAtLeast(member.role, MemberRole.MODERATOR);
  const teamRole =
    (member && place?.team.find((entry) => entry.member.id === member.id)?.role) ?? null;
  const manager = teamRole === PlaceTeamRole.FOUNDER || teamRole === PlaceTeamRole.STAFF;
  return {
    signedIn: Boolean(member),
    active,
    moderator,
    teamRole,
    canEdit: active && (moderator || manager),
    canAddLesson: active && (moderator || teamRole !== null),
  };
}
