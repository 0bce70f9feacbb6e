import { RealtimeContext } from '@wide-open/web/data-access';
import { useContext, useEffect, useState } from 'react';

export type ConnectionState = 'online' | 'offline' | 'reconnecting';

/**
 * Offline when the browser says so; reconnecting when the socket dropped after having been
 * connected (a socket still loading is not a problem worth a banner).
 */
export function useConnectionState(): ConnectionState {
  const socket = useContext(RealtimeContext);
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  const [dropped, setDropped] = useState(false);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  useEffect(() => {
    if (!socket) return undefined;
    const onConnect = () => setDropped(false);
    const onDisconnect = () => setDropped(true);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket]);
  if (!online) return 'offline';
  return dropped ? 'reconnecting' : 'online';
}
