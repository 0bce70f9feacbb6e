import { useSession } from '@wide-open/web/data-access';
import { useSyncExternalStore } from 'react';
import { type Outbox } from './outbox';
import { type OutboxStore, outboxStoreFor } from './outbox.store';

const empty: Outbox = [];
const noStore: OutboxStore = {
  get: () => empty,
  update: () => undefined,
  subscribe: () => () => undefined,
};

/** The signed-in member's outbox store (a no-op one for visitors). */
export function useOutboxStore(): OutboxStore {
  const { member } = useSession();
  return member ? outboxStoreFor(member.id) : noStore;
}

/** The outbox, re-rendering when it changes. */
export function useOutbox(): { outbox: Outbox; store: OutboxStore } {
  const store = useOutboxStore();
  const outbox = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { outbox, store };
}
