import { type PostChangedPayload, type PostNewPayload } from '@wide-open/shared/contracts';
import { RealtimeContext, useSocketEvent } from '@wide-open/web/data-access';
import { useContext, useEffect } from 'react';

export interface ThreadLiveHandlers {
  onNewPost: (post: PostNewPayload) => void;
  /** An edit, a removal, a hiding or a reaction: the post must be read again. */
  onPostChanged: (change: PostChangedPayload) => void;
}

/**
 * Joins the thread's room while the page is open (and again after a reconnection, since the
 * server forgets rooms with the socket), and routes the thread's events to the handlers.
 */
export function useThreadLive(threadId: string, handlers: ThreadLiveHandlers): void {
  const socket = useContext(RealtimeContext);
  useEffect(() => {
    if (!socket) return undefined;
    const watch = () => {
      socket.emit('thread:watch', { threadId }, () => undefined);
    };
    if (socket.connected) watch();
    socket.on('connect', watch);
    return () => {
      socket.off('connect', watch);
      socket.emit('thread:unwatch', { threadId }, () => undefined);
    };
  }, [socket, threadId]);

  useSocketEvent('post:new', (post) => {
    if (post.threadId === threadId) handlers.onNewPost(post);
  });
  useSocketEvent('post:updated', (change) => {
    if (change.threadId === threadId) handlers.onPostChanged(change);
  });
  useSocketEvent('post:reactions', (change) => {
    if (change.threadId === threadId) handlers.onPostChanged(change);
  });
}
