import type { MemberEntity } from '@wide-open/api/accounts';
import type { ConversationObject, MessageObject } from './dto/messaging.objects';
import type { ConversationEntity } from './entities/conversation.entity';
import type { MessageEntity } from './entities/message.entity';

export function toMessageObject(m: MessageEntity): MessageObject {
  return {
    id: m.id,
    conversationId: m.conversationId,
    body: m.deletedAt ? '' : m.body,
    clientMessageId: m.clientMessageId,
    createdAt: m.createdAt,
    editedAt: m.editedAt,
    deleted: m.deletedAt !== null,
    authorId: m.authorId,
  };
}

export function toConversationObject(c: ConversationEntity): ConversationObject {
  return {
    id: c.id,
    title: c.title,
    isGroup: c.isGroup,
    lastMessageAt: c.lastMessageAt,
    createdAt: c.createdAt,
    createdById: c.createdBy,
  };
}

/** The `message:new` / `sync` payload: the message with its author's public name. */
export function messagePayload(
  m: MessageEntity,
  author: Pick<MemberEntity, 'id' | 'handle' | 'displayName' | 'avatarUrl'>,
) {
  return {
    id: m.id,
    conversationId: m.conversationId,
    author: {
      id: author.id,
      handle: author.handle,
      displayName: author.displayName,
      avatarUrl: author.avatarUrl,
    },
    body: m.deletedAt ? '' : m.body,
    clientMessageId: m.clientMessageId,
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
    deleted: m.deletedAt !== null,
  };
}

export const pairKey = (a: string, b: string) => [a, b].sort().join(':');
