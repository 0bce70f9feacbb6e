import { type RealtimeSocket } from '@wide-open/web/data-access';

type Listener = (...args: unknown[]) => void;

/**
 * Just enough of a socket.io client for component specs: records what the page emits, lets
 * the spec answer acknowledgements, and plays server events to the listeners.
 */
export class FakeSocket {
  connected = true;
  readonly emitted: Array<{ event: string; payload: unknown }> = [];
  /** Answers `event`'s acknowledgement; unanswered events never acknowledge. */
  readonly answers = new Map<string, (payload: unknown) => unknown>();
  private readonly listeners = new Map<string, Set<Listener>>();

  get volatile(): this {
    return this;
  }

  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(event, set);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    this.emitted.push({ event, payload });
    const answer = this.answers.get(event);
    if (answer && ack) queueMicrotask(() => ack(answer(payload)));
    return this;
  }

  /** The server sends `event` to this client. */
  serverEmit(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  connect(): this {
    this.connected = true;
    return this;
  }

  disconnect(): this {
    this.connected = false;
    return this;
  }

  asSocket(): RealtimeSocket {
    return this as unknown as RealtimeSocket;
  }
}
