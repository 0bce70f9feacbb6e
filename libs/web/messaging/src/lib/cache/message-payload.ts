import { type MessagePayload } from '@wide-open/shared/contracts';
import { type MessageFieldsFragment } from '@wide-open/web/data-access';

/** A GraphQL message in the socket's shape, so both paths feed the same code. */
export function fromMessageFields(message: MessageFieldsFragment): MessagePayload {
  return {
    id: message.id,
    conversationId: message.conversationId,
    body: message.body,
    clientMessageId: message.clientMessageId,
    createdAt: message.createdAt,
    editedAt: message.editedAt ?? null,
    deleted: message.deleted,
    author: {
      id: message.author.id,
      handle: message.author.handle,
      displayName: message.author.displayName,
      avatarUrl: message.author.avatarUrl ?? null,
    },
  };
}
