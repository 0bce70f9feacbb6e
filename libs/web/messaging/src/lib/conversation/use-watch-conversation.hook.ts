import { RealtimeContext } from '@wide-open/web/data-access';
import { useContext, useEffect } from 'react';

/**
 * Tells the server this conversation is on screen (`conversation:watch`), so new messages in it
 * are not also sent as notifications; again after a reconnection (the server forgets rooms with
 * the socket), and not while the tab is hidden (the member is not reading then).
 */
export function useWatchConversation(conversationId: string): void {
  const socket = useContext(RealtimeContext);
  useEffect(() => {
    if (!socket || !conversationId) return undefined;
    const watching = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';
    const sync = () => {
      if (!socket.connected) return;
      if (watching()) socket.emit('conversation:watch', { conversationId }, () => undefined);
      else socket.emit('conversation:unwatch', { conversationId }, () => undefined);
    };
    sync();
    socket.on('connect', sync);
    document.addEventListener('visibilitychange', sync);
    return () => {
      socket.off('connect', sync);
      document.removeEventListener('visibilitychange', sync);
      socket.emit('conversation:unwatch', { conversationId }, () => undefined);
    };
  }, [socket, conversationId]);
}
