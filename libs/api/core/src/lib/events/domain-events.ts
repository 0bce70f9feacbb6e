import { Injectable, Logger } from '@nestjs/common';

/** A change that already committed, for the realtime layer (and later, notifications) to act on. */
export interface DomainEvent {
  type: string;
  /** Socket rooms to tell, e.g. `member:<id>`. */
  rooms: string[];
  /** Socket event name and payload, when the event is pushed to clients as is. */
  socketEvent?: { name: string; payload: unknown };
  /** Disconnect the sockets in `rooms` after telling them (revoked sessions). */
  disconnect?: boolean;
  /** Facts for in-process listeners (e.g. notifications of another domain); never sent to clients. */
  data?: Record<string, string | null>;
}

type Listener = (event: DomainEvent) => void | Promise<void>;

/**
 * In-process event bus. Services publish after their transaction commits; listeners never make
 * the publisher fail. Fan-out across instances happens in the socket.io Redis adapter.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: DomainEvent): void {
    for (const listener of this.listeners) {
      Promise.resolve()
        .then(() => listener(event))
        .catch((error: unknown) =>
          this.logger.error(`Listener failed on ${event.type}: ${String(error)}`),
        );
    }
  }
}
