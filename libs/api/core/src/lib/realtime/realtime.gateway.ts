import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { MemberRole, MemberStatus, roleAtLeast } from '@wide-open/shared/contracts';
import { sessionTokenFrom } from '../auth/session-token';
import { SESSION_RESOLVER, type SessionResolver, type Viewer } from '../auth/viewer';
import { DomainEvents, type DomainEvent } from '../events/domain-events';

export const memberRoom = (memberId: string) => `member:${memberId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** Every moderator's and admin's sockets: new applications, reports. */
export const MODERATORS_ROOM = 'role:moderators';
/** Every ACTIVE member's sockets: platform-wide news such as new threads. */
export const MEMBERS_ROOM = 'members';

export interface SocketData {
  viewer: Viewer;
}

/**
 * The socket.io server: authenticates every handshake with the same session as GraphQL (ACTIVE
 * members only), puts each socket in its member's and session's rooms, and turns committed
 * domain events into emits.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private unsubscribe?: () => void;

  @WebSocketServer() server!: Server;

  constructor(
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
    private readonly events: DomainEvents,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        () => next(new Error('UNAUTHENTICATED')),
      );
    });
    server.on('connection', (socket: Socket) => {
      const { viewer } = socket.data as SocketData;
      const rooms = [memberRoom(viewer.memberId), sessionRoom(viewer.sessionId), MEMBERS_ROOM];
      if (roleAtLeast(viewer.role, MemberRole.MODERATOR)) rooms.push(MODERATORS_ROOM);
      void socket.join(rooms);
    });
    this.unsubscribe = this.events.subscribe((event) => this.deliver(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  private async authenticate(socket: Socket): Promise<void> {
    const auth = socket.handshake.auth as { token?: unknown };
    const token =
      typeof auth.token === 'string'
        ? auth.token
        : sessionTokenFrom({ cookie: socket.handshake.headers.cookie });
    const viewer = token ? await this.sessions.resolve(token) : null;
    if (!viewer || viewer.status !== MemberStatus.ACTIVE) throw new Error('UNAUTHENTICATED');
    (socket.data as SocketData).viewer = viewer;
  }

  private deliver(event: DomainEvent): void {
    if (event.rooms.length === 0) return;
    if (event.socketEvent) {
      this.server.to(event.rooms).emit(event.socketEvent.name, event.socketEvent.payload);
    }
    if (event.disconnect) {
      this.server.in(event.rooms).disconnectSockets(true);
      this.logger.debug(`Disconnected sockets in ${event.rooms.join(', ')} (${event.type})`);
    }
  }
}
