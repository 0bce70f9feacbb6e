import { Injectable } from '@nestjs/common';
import { RealtimeGateway, type SocketData } from '@wide-open/api/core';

/** The room of the sockets that have a conversation open in front of their member. */
export const conversationWatchRoom = (conversationId: string) => `conversation:${conversationId}`;

/**
 * Who is reading a conversation right now: members with a socket in its watch room, on any API
 * instance (the socket.io adapter asks the others when there are several). No database query.
 */
@Injectable()
export class ConversationWatchers {
  constructor(private readonly realtime: RealtimeGateway) {}

  async watching(conversationId: string): Promise<Set<string>> {
    const sockets = await this.realtime.server
      .in(conversationWatchRoom(conversationId))
      .fetchSockets();
    return new Set(sockets.map((s) => (s.data as SocketData).viewer.memberId));
  }
}
