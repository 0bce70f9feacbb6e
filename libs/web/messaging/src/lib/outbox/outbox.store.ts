import { type Outbox, parseOutbox } from './outbox';

export interface OutboxStore {
  get: () => Outbox;
  update: (change: (outbox: Outbox) => Outbox) => void;
  subscribe: (listener: () => void) => () => void;
}

const storageKey = (memberId: string) => `wide-open:outbox:${memberId}`;

/**
 * The member's outbox, kept in localStorage so a reload (or a crash) loses nothing written.
 * Other tabs of the same member see the change through the `storage` event; both may resend
 * an entry, which the server's idempotency on clientMessageId makes harmless.
 */
export function createOutboxStore(memberId: string, storage: Storage | null): OutboxStore {
  const key = storageKey(memberId);
  let outbox: Outbox = parseOutbox(read(storage, key));
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== key) return;
      outbox = parseOutbox(event.newValue);
      notify();
    });
  }

  return {
    get: () => outbox,
    update: (change) => {
      const next = change(outbox);
      if (next === outbox) return;
      outbox = next;
      write(storage, key, outbox);
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string, outbox: Outbox): void {
  try {
    if (outbox.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(outbox));
  } catch {
    // Private browsing or a full quota: the outbox still works for this page's lifetime.
  }
}

const stores = new Map<string, OutboxStore>();

/** One store per member and page, shared by the sender and every view of the outbox. */
export function outboxStoreFor(memberId: string): OutboxStore {
  let store = stores.get(memberId);
  if (!store) {
    store = createOutboxStore(memberId, safeLocalStorage());
    stores.set(memberId, store);
  }
  return store;
}

/** Specs start each test with an empty outbox. */
export function resetOutboxStores(): void {
  stores.clear();
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
