import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { markConversationReadMutation, unreadMessagesCountQuery } from '../messaging.documents';

/** True while `element` is on screen (always true where IntersectionObserver is missing). */
function useVisible(element: Element | null): boolean {
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) =>
      setVisible(entries.some((e) => e.isIntersecting)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return visible;
}

/**
 * Marks the conversation read up to its newest message once that message is on screen (and the
 * tab is visible): the others then see "Seen", and the unread badges go down.
 */
export function useMarkRead(
  conversationId: string,
  newestMessageId: string | null,
  myReadMarkId: string | null,
  /** The end of the history (an element, not a ref: it appears once the history has loaded). */
  end: Element | null,
): void {
  const visible = useVisible(end);
  const client = useApolloClient();
  const [markRead] = useMutation(markConversationReadMutation);
  const [pageVisible, setPageVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const onChange = () => setPageVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  useEffect(() => {
    if (!visible || !pageVisible || !newestMessageId) return;
    if (myReadMarkId && myReadMarkId >= newestMessageId) return;
    void markRead({ variables: { conversationId, messageId: newestMessageId } })
      .then(() => client.refetchQueries({ include: [unreadMessagesCountQuery] }))
      .catch(() => undefined);
  }, [visible, pageVisible, newestMessageId, myReadMarkId, conversationId, markRead, client]);
}
