import { type ServerToClientEvents } from '@wide-open/shared/contracts';
import { useContext, useEffect, useRef } from 'react';
import { RealtimeContext } from './realtime.context';

interface UntypedEmitter {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** Calls `handler` on every `event` from the server while the component is mounted. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: (...args: Parameters<ServerToClientEvents[E]>) => void,
): void {
  const socket = useContext(RealtimeContext);
  // The latest handler, without resubscribing on every render.
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  useEffect(() => {
    if (!socket) return undefined;
    // socket.io's typed `on` cannot relate a generic event name to its listener type; this
    // hook's own signature keeps callers typed.
    const untyped = socket as unknown as UntypedEmitter;
    const listener = (...args: unknown[]) =>
      handlerRef.current(...(args as Parameters<ServerToClientEvents[E]>));
    untyped.on(event, listener);
    return () => {
      untyped.off(event, listener);
    };
  }, [socket, event]);
}
