import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { type SessionMemberFragment } from '../../generated/graphql';
import { loginMutation, logoutMutation, meQuery } from './session.documents';

export type SessionMember = SessionMemberFragment;

export interface Session {
  member: SessionMember | null;
  /** True only until the first answer: later refetches keep showing the known member. */
  loading: boolean;
}

export function useSession(): Session {
  const { data, loading } = useQuery(meQuery);
  return { member: data?.me ?? null, loading: loading && !data };
}

/**
 * Forgets everything cached for the previous viewer, then asks who is signed in now. Only `me`
 * is refetched: pages that belonged to the previous viewer unmount once the guards see the change.
 */
export function useRefreshSession(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.clearStore();
    await client.refetchQueries({ include: [meQuery] });
  }, [client]);
}

/** Signs in; the promise rejects with the API's error (wrong password, rejected, ...). */
export function useSignIn(): (email: string, password: string) => Promise<SessionMember> {
  const [login] = useMutation(loginMutation);
  const refresh = useRefreshSession();
  return useCallback(
    async (email, password) => {
      const { data } = await login({ variables: { email, password } });
      if (!data) throw new Error('No answer to login');
      await refresh();
      return data.login.member;
    },
    [login, refresh],
  );
}

export function useSignOut(): () => Promise<void> {
  const [logout] = useMutation(logoutMutation);
  const refresh = useRefreshSession();
  return useCallback(async () => {
    try {
      await logout();
    } finally {
      // Even when the server already forgot the session, this browser must forget it too.
      await refresh();
    }
  }, [logout, refresh]);
}

export interface SessionRoles extends Session {
  /** An ACTIVE member: may take part (answer, follow, comment). */
  active: boolean;
  /** Active, and an ambassador or above: may publish events and stories. */
  ambassador: boolean;
  /** Active, and a moderator or above. */
  moderator: boolean;
}

/** What the signed-in reader may do, by status and role (the API checks it again). */
export function useSessionRoles(): SessionRoles {
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
