import { type ApolloClient, CombinedGraphQLErrors } from '@apollo/client';
import { type SendMessageAck, type SendMessageRequest } from '@wide-open/shared/contracts';
import { errorCode, type RealtimeSocket } from '@wide-open/web/data-access';
import { fromMessageFields } from '../cache/message-payload';
import { sendMessageMutation } from '../messaging.documents';
import { isRefusal } from '../outbox/outbox';
import { type SendResult, type SendTransport } from '../outbox/outbox-sender';
import { withTimeout } from './with-timeout';

/** Long enough for a slow phone network, short enough that a dead server is noticed. */
export const ACK_TIMEOUT_MS = 10_000;

/**
 * The socket when it is connected (acknowledged once stored), GraphQL otherwise. Both are
 * idempotent on clientMessageId, so a timeout followed by a resend cannot store a duplicate.
 */
export function createSendTransport(
  socket: () => RealtimeSocket | null,
  client: ApolloClient,
): SendTransport {
  return async (request: SendMessageRequest): Promise<SendResult> => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      return { kind: 'unreachable' };
    }
    const current = socket();
    if (current?.connected) {
      const ack = await withTimeout<SendMessageAck>(
        (done) => current.emit('message:send', request, done),
        ACK_TIMEOUT_MS,
      );
      if (!ack) return unreachable;
      if ('message' in ack) return { kind: 'sent', message: ack.message };
      return isRefusal(ack.error.code)
        ? { kind: 'refused', error: { code: ack.error.code, message: ack.error.message } }
        : unreachable;
    }
    try {
      const { data } = await client.mutate({
        mutation: sendMessageMutation,
        variables: { input: request },
      });
      return data ? { kind: 'sent', message: fromMessageFields(data.sendMessage) } : unreachable;
    } catch (error) {
      const code = errorCode(error);
      if (!code || !isRefusal(code)) return unreachable;
      const message = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? '') : '';
      return { kind: 'refused', error: { code, message } };
    }
  };
}

const unreachable: SendResult = { kind: 'unreachable' };
