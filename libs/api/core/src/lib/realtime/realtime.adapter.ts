import type { IncomingMessage } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * socket.io on the API's own port, path `/socket.io`. Browsers must come from an allowed origin
 * (cross-site websocket hijacking would otherwise ride on the session cookie). With `REDIS_URL`,
 * the Redis adapter carries room emits to every API instance.
 */
export class RealtimeAdapter extends IoAdapter {
  private pubClient?: Redis;
  private subClient?: Redis;

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

  override async close(server: Server): Promise<void> {
    await super.close(server);
    for (const client of [this.pubClient, this.subClient])
      await client?.quit().catch(() => undefined);
  }
}
