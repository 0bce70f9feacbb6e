import { useApolloClient } from '@apollo/client/react';
import { Limits, type MessagePayload, type SyncAck } from '@wide-open/shared/contracts';
import { RealtimeContext, useSocketEvent } from '@wide-open/web/data-access';
import { useContext, useEffect, useRef } from 'react';
import {
  addMessageToConversation,
  applyReadMark,
  newestCachedMessageId,
  writeMessage,
} from '../cache/message-cache';
import { conversationsQuery, unreadMessagesCountQuery } from '../messaging.documents';
import { acknowledge, newestId } from '../outbox/outbox';
import { OutboxSender } from '../outbox/outbox-sender';
import { outboxStoreFor } from '../outbox/outbox.store';
import { ACK_TIMEOUT_MS, createSendTransport } from './send-transport';
import { withTimeout } from './with-timeout';

/**
 * Keeps messaging reliable wherever the member is in the app: drains the outbox, merges live
 * events into the Apollo cache, and after a reconnection resends what is pending and then asks
 * the server (`sync`) for everything missed. Renders nothing.
 */
export function MessagingRuntime({ memberId }: { memberId: string }) {
  const socket = useContext(RealtimeContext);
  const client = useApolloClient();
  const socketRef = useRef(socket);
  // The newest message id known to have reached this page: where `sync` resumes.
  const lastSeenRef = useRef<string | null>(null);
  const senderRef = useRef<OutboxSender | null>(null);

  useEffect(() => {
    socketRef.current = socket;
  }, [socket]);

  const receive = (message: MessagePayload) => {
    lastSeenRef.current = newestId(lastSeenRef.current, message.id);
    if (message.author.id === memberId) {
      outboxStoreFor(memberId).update((outbox) => acknowledge(outbox, message.clientMessageId));
    }
    if (!addMessageToConversation(client.cache, message, memberId)) {
      // A conversation someone just started with us: the inbox learns about it.
      void client.refetchQueries({ include: [conversationsQuery] });
    }
  };
  const receiveRef = useRef(receive);
  useEffect(() => {
    receiveRef.current = receive;
  });

  useEffect(() => {
    const store = outboxStoreFor(memberId);
    const sender = new OutboxSender(
      store,
      createSendTransport(() => socketRef.current, client),
      (message) => receiveRef.current(message),
    );
    senderRef.current = sender;
    const unsubscribe = store.subscribe(() => void sender.flush());
    void sender.flush();
    return () => {
      unsubscribe();
      sender.dispose();
      senderRef.current = null;
    };
  }, [memberId, client]);

  useEffect(() => {
    if (!socket) return undefined;
    // Set when the connection drops: the newest message known then. Everything stored later
    // has a greater id (UUID v7), so `sync` from there returns exactly what was missed.
    let resumeFrom: string | null = null;
    const onDisconnect = () => {
      resumeFrom = newestId(lastSeenRef.current, newestCachedMessageId(client.cache));
    };
    const onConnect = () => {
      const after = resumeFrom;
      resumeFrom = null;
      void (async () => {
        await senderRef.current?.flush();
        if (after) await syncFrom(after);
        void client.refetchQueries({ include: [unreadMessagesCountQuery, conversationsQuery] });
      })();
    };
    const syncFrom = async (after: string) => {
      let cursor = after;
      for (;;) {
        const ack = await withTimeout<SyncAck>(
          (done) => socket.emit('sync', { after: cursor }, done),
          ACK_TIMEOUT_MS,
        );
        if (!ack || !('messages' in ack)) return;
        for (const message of ack.messages) receiveRef.current(message);
        const last = ack.messages.at(-1);
        if (!last || ack.messages.length < Limits.messaging.syncBatch) return;
        cursor = last.id;
      }
    };
    // The browser knows before the socket's heartbeat does; this also covers emulated offline
    // modes that leave an open websocket untouched.
    const onOffline = () => {
      if (socket.connected) socket.disconnect();
    };
    const onOnline = () => {
      if (!socket.connected) socket.connect();
      void senderRef.current?.flush();
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    if (socket.connected) void senderRef.current?.flush();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, [socket, client]);

  useSocketEvent('message:new', (message) => receiveRef.current(message));
  useSocketEvent('message:updated', (message) => {
    writeMessage(client.cache, message);
  });
  useSocketEvent('conversation:read', (read) => {
    applyReadMark(client.cache, read);
  });
  return null;
}
