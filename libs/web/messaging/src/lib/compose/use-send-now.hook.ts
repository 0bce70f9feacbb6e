import { useApolloClient } from '@apollo/client/react';
import { RealtimeContext } from '@wide-open/web/data-access';
import { useContext, useMemo } from 'react';
import { createSendTransport } from '../runtime/send-transport';
import { type SendTransport } from '../outbox/outbox-sender';

/** Sends one message right away (socket, else GraphQL), outside the outbox. */
export function useSendNow(): SendTransport {
  const socket = useContext(RealtimeContext);
  const client = useApolloClient();
  return useMemo(() => createSendTransport(() => socket, client), [socket, client]);
}
