import { type ApolloCache, isReference, type Reference } from '@apollo/client';
import { type ConversationReadPayload, type MessagePayload } from '@wide-open/shared/contracts';
import { type MessageFieldsFragment } from '@wide-open/web/data-access';
import { messageFieldsFragment } from '../messaging.documents';
import { insertionIndex } from './message-order';

interface StoredEdge {
  cursor: string;
  node: Reference;
}
interface StoredReadMark {
  member: Reference;
  messageId: string | null;
}
interface StoredConnection {
  edges: StoredEdge[];
  pageInfo: unknown;
}
/** A conversation's fields as the cache stores them (references, not objects). */
interface ConversationFields {
  messages: StoredConnection | undefined;
  lastMessage: Reference | null;
  lastMessageAt: string;
  unreadCount: number;
  readMarks: StoredReadMark[];
}

export function toMessageFields(
  message: MessagePayload,
): MessageFieldsFragment & { __typename: 'Message' } {
  // Typenames let the cache normalise the author (the generated type leaves them out).
  const author = { __typename: 'Member' as const, ...message.author };
  return {
    __typename: 'Message',
    id: message.id,
    conversationId: message.conversationId,
    body: message.body,
    clientMessageId: message.clientMessageId,
    createdAt: message.createdAt,
    editedAt: message.editedAt,
    deleted: message.deleted,
    author,
  };
}

/** Writes (or updates: edits and removals) a message; returns its cache reference. */
export function writeMessage(cache: ApolloCache, message: MessagePayload): Reference | undefined {
  return cache.writeFragment({
    fragment: messageFieldsFragment,
    data: toMessageFields(message),
  });
}

/**
 * Puts a newly stored message into its conversation: history (once, in id order), last message,
 * activity date (the inbox sorts on it) and unread count. Returns false when the conversation
 * is not in the cache (a conversation someone just started): the caller refetches the inbox.
 */
export function addMessageToConversation(
  cache: ApolloCache,
  message: MessagePayload,
  viewerId: string,
): boolean {
  const ref = writeMessage(cache, message);
  const id = cache.identify({ __typename: 'Conversation', id: message.conversationId });
  if (!ref || !id) return false;
  let isNew = true;
  const known = cache.modify<ConversationFields>({
    id,
    fields: {
      messages(existing, { readField }) {
        // Not loaded yet: the history query will fetch it, message included.
        if (!existing || isReference(existing) || !existing.edges) return existing;
        const ids = existing.edges.map((e) => readField<string>('id', e.node) ?? '');
        const index = insertionIndex(ids, message.id);
        if (index === null) {
          isNew = false;
          return existing;
        }
        const edges = [...existing.edges];
        edges.splice(index, 0, { cursor: '', node: ref });
        return { ...existing, edges };
      },
      lastMessage(existing, { readField }) {
        const current = existing ? readField<string>('id', existing) : null;
        if (current === message.id) isNew = false;
        return current && current >= message.id ? existing : ref;
      },
      lastMessageAt(existing) {
        return existing && existing > message.createdAt ? existing : message.createdAt;
      },
    },
  });
  if (known && isNew && message.author.id !== viewerId) {
    cache.modify<ConversationFields>({ id, fields: { unreadCount: (count) => count + 1 } });
  }
  return known;
}

/** Moves a participant's read mark forward (never back: events may arrive out of order). */
export function applyReadMark(cache: ApolloCache, read: ConversationReadPayload): void {
  const id = cache.identify({ __typename: 'Conversation', id: read.conversationId });
  if (!id) return;
  cache.modify<ConversationFields>({
    id,
    fields: {
      readMarks(existing, { readField }) {
        if (!existing) return existing;
        return existing.map((mark) =>
          !isReference(mark) &&
          readField<string>('id', mark.member) === read.memberId &&
          (!mark.messageId || mark.messageId < read.messageId)
            ? { ...mark, messageId: read.messageId }
            : mark,
        );
      },
    },
  });
}

/** The newest message id in the cache: where `sync` starts after a reconnection. */
export function newestCachedMessageId(cache: ApolloCache): string | null {
  let newest: string | null = null;
  for (const key of Object.keys(cache.extract() as Record<string, unknown>)) {
    if (!key.startsWith('Message:')) continue;
    const id = key.slice('Message:'.length);
    if (!newest || id > newest) newest = id;
  }
  return newest;
}
