import { type MessagePayload, type SendMessageRequest } from '@wide-open/shared/contracts';
import { acknowledge, markFailed, type OutboxError, pendingEntries } from './outbox';
import { type OutboxStore } from './outbox.store';

export type SendResult =
  | { kind: 'sent'; message: MessagePayload }
  | { kind: 'refused'; error: OutboxError }
  | { kind: 'unreachable' };

/** Sends one message by whatever way works now (socket, else GraphQL). */
export type SendTransport = (request: SendMessageRequest) => Promise<SendResult>;

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/**
 * Drains the outbox, one message at a time and oldest first, so messages are stored in the
 * order they were written. An unreachable server stops the round and schedules another (with
 * backoff); reconnecting, going online or writing a new message start one at once.
 */
export class OutboxSender {
  private running = false;
  private again = false;
  private disposed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = FIRST_RETRY_MS;

  constructor(
    private readonly store: OutboxStore,
    private readonly transport: SendTransport,
    private readonly onSent: (message: MessagePayload) => void,
  ) {}

  async flush(): Promise<void> {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.round();
      } while (this.again && !this.disposed);
    } finally {
      this.running = false;
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private async round(): Promise<void> {
    const sentThisRound = new Set<string>();
    for (;;) {
      // Re-read each time: entries may be acknowledged by `message:new`, retried or discarded
      // while a send is in flight.
      const entry = pendingEntries(this.store.get()).find(
        (e) => !sentThisRound.has(e.clientMessageId),
      );
      if (!entry || this.disposed) return;
      sentThisRound.add(entry.clientMessageId);
      const result = await this.transport({
        conversationId: entry.conversationId,
        body: entry.body,
        clientMessageId: entry.clientMessageId,
      });
      switch (result.kind) {
        case 'sent':
          this.retryDelay = FIRST_RETRY_MS;
          this.store.update((outbox) => acknowledge(outbox, entry.clientMessageId));
          this.onSent(result.message);
          break;
        case 'refused':
          this.store.update((outbox) => markFailed(outbox, entry.clientMessageId, result.error));
          break;
        case 'unreachable':
          this.scheduleRetry();
          return;
      }
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.disposed) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }
}
