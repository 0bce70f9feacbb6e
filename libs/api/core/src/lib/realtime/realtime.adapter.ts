import type { IncomingMessage } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { filter, type Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';

type Handler = Pick<MessageMappingProperties, 'message' | 'callback' | 'isAckHandledManually'>;
type Transform = (result: unknown) => Observable<unknown>;
type Listener = (this: Socket, ...args: unknown[]) => void;

/**
 * socket.io on the API's own port, path `/socket.io`. Browsers must come from an allowed origin
 * (cross-site websocket hijacking would otherwise ride on the session cookie). With `REDIS_URL`,
 * the Redis adapter carries room emits to every API instance.
 */
export class RealtimeAdapter extends IoAdapter {
  private pubClient?: Redis;
  private subClient?: Redis;
  /** Each socket's message handlers, as Nest bound them to the socket and its gateway. */
  private readonly handlers = new WeakMap<Socket, Handler[]>();
  /** One listener per message name, shared by every socket (it finds the socket as `this`). */
  private readonly listeners = new Map<string, Listener>();

  constructor(
    app: INestApplicationContext,
    private readonly options: {
      allowedOrigins: string[];
      redis?: { url: string; keyPrefix: string };
    },
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const allowed = new Set(this.options.allowedOrigins);
    const server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: 256 * 1024,
      cors: { origin: [...allowed], credentials: true },
      // Non-browser clients send no Origin and carry no ambient cookie; browsers must match.
      allowRequest: (
        req: IncomingMessage,
        callback: (err: string | null, success: boolean) => void,
      ) => {
        const origin = req.headers.origin;
        callback(null, !origin || allowed.has(origin));
      },
    }) as Server;
    if (this.options.redis) {
      this.pubClient = new Redis(this.options.redis.url);
      this.subClient = this.pubClient.duplicate();
      server.adapter(
        createAdapter(this.pubClient, this.subClient, {
          key: `${this.options.redis.keyPrefix}socket.io`,
        }),
      );
    }
    return server;
  }

  /**
   * Nest's IoAdapter gives every socket an RxJS pipeline per message handler (fromEvent,
   * mergeMap, takeUntil a shared disconnect stream…): about 20 subscribers and 100 closures,
   * some 22 KiB of heap for each idle connection (bench/idle-sockets.mjs). Here a socket only
   * keeps the handlers Nest bound for it, and one listener per message name serves every
   * socket. What a handler returns is treated as before: an `{ event, data }` result is emitted
   * back, anything else but null/undefined answers the acknowledgement unless the handler
   * acknowledges itself (@Ack).
   */
  override bindMessageHandlers(socket: Socket, handlers: Handler[], transform: Transform): void {
    const own = this.handlers.get(socket);
    if (own) own.push(...handlers);
    else this.handlers.set(socket, [...handlers]);
    for (const { message } of handlers) {
      const name = String(message);
      if (this.listeners.has(name)) {
        if (!socket.listeners(name).includes(this.listeners.get(name)!))
          socket.on(name, this.listeners.get(name)!);
        continue;
      }
      // `transform` is the same for every socket and gateway (it only turns a handler's result,
      // a value, promise or observable, into an observable): the first one serves them all.
      const handlersOf = this.handlers;
      const mapPayload = (payload: unknown) =>
        this.mapPayload(payload) as { data: unknown; ack?: (response: unknown) => void };
      const listener: Listener = function (this: Socket, ...args: unknown[]) {
        const { data, ack } = mapPayload(args.length > 1 ? args : args[0]);
        for (const handler of handlersOf.get(this) ?? []) {
          if (String(handler.message) !== name) continue;
          transform(handler.callback(data, ack))
            .pipe(filter((response) => response !== null && response !== undefined))
            .subscribe((response) => {
              const { event, data: payload } = response as { event?: string; data?: unknown };
              if (event) this.emit(event, payload);
              else if (!handler.isAckHandledManually && typeof ack === 'function') ack(response);
            });
        }
      };
      this.listeners.set(name, listener);
      socket.on(name, listener);
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    for (const client of [this.pubClient, this.subClient])
      await client?.quit().catch(() => undefined);
  }
}
