import { useSocketEvent } from '@wide-open/web/data-access';
import { useEffect, useState } from 'react';

/** How long "is typing" lasts without news: the sender repeats it every 2 s while typing. */
export const TYPING_VISIBLE_MS = 5_000;

/** The other members typing in this conversation now (ids), live from `typing` events. */
export function useTypingMembers(conversationId: string, viewerId: string): string[] {
  const [typing, setTyping] = useState<Record<string, number>>({});
  useSocketEvent('typing', (event) => {
    if (event.conversationId !== conversationId || event.memberId === viewerId) return;
    setTyping((current) => ({ ...current, [event.memberId]: Date.now() + TYPING_VISIBLE_MS }));
  });
  // Their message arrived: they stopped typing it.
  useSocketEvent('message:new', (message) => {
    if (message.conversationId !== conversationId) return;
    setTyping((current) => {
      if (!(message.author.id in current)) return current;
      const next = { ...current };
      delete next[message.author.id];
      return next;
    });
  });
  useEffect(() => {
    const deadlines = Object.values(typing);
    if (deadlines.length === 0) return undefined;
    const wait = Math.max(0, Math.min(...deadlines) - Date.now());
    const timer = setTimeout(() => {
      const now = Date.now();
      setTyping((current) =>
        Object.fromEntries(Object.entries(current).filter(([, until]) => until > now)),
      );
    }, wait + 10);
    return () => clearTimeout(timer);
  }, [typing]);
  return Object.keys(typing);
}
