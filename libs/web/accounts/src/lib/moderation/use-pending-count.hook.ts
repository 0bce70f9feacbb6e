import { useQuery } from '@apollo/client/react';
import { useSession, useSocketEvent } from '@wide-open/web/data-access';
import { isModerator } from '../session/require-member';
import { pendingApplicationsCountQuery } from '../accounts.documents';

/**
 * How many applications wait, for moderators only (null for everyone else). Refreshed live when
 * someone applies; decisions refetch it themselves.
 */
export function usePendingCount(): number | null {
  const { member } = useSession();
  const moderator = isModerator(member);
  const { data, refetch } = useQuery(pendingApplicationsCountQuery, { skip: !moderator });
  useSocketEvent('application:new', () => {
    if (moderator) void refetch();
  });
  return moderator ? (data?.pendingApplicationsCount ?? null) : null;
}
