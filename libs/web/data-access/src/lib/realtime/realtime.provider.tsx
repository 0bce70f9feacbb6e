import { MemberStatus } from '@wide-open/shared/contracts';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useRefreshSession, useSession } from '../session/use-session.hook';
import { RealtimeContext, type RealtimeSocket } from './realtime.context';

/**
 * One socket per signed-in ACTIVE member (the server refuses everyone else). socket.io-client is
 * loaded on demand so visitors and applicants never download it. When the server revokes the
 * session (sign-out elsewhere, suspension) the app forgets the viewer at once.
 */
export interface RealtimeProviderProps {
  children: ReactNode;
  /**
   * Called once the app has forgotten a viewer whose session the server ended (the app sends
   * them to the sign-in page, wherever they were).
   */
  onRevoked?: (reason: string) => void;
}

export function RealtimeProvider({ children, onRevoked }: RealtimeProviderProps) {
  const { member } = useSession();
  const refreshSession = useRefreshSession();
  const [socket, setSocket] = useState<RealtimeSocket | null>(null);
  const memberId = member?.status === MemberStatus.ACTIVE ? member.id : null;
  const onRevokedRef = useRef(onRevoked);
  useEffect(() => {
    onRevokedRef.current = onRevoked;
  });

  useEffect(() => {
    if (!memberId) return undefined;
    let active: RealtimeSocket | null = null;
    let cancelled = false;
    void import('socket.io-client').then(({ io }) => {
      if (cancelled) return;
      active = io({ path: '/socket.io', withCredentials: true, transports: ['websocket'] });
      active.on('session:revoked', ({ reason }) => {
        void refreshSession().finally(() => onRevokedRef.current?.(reason));
      });
      setSocket(active);
    });
    return () => {
      cancelled = true;
      active?.disconnect();
      setSocket(null);
    };
  }, [memberId, refreshSession]);

  return <RealtimeContext.Provider value={socket}>{children}</RealtimeContext.Provider>;
}
