import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { ActiveMember, AppError, CurrentViewer, type Viewer, isUuid } from '@wide-open/api/core';
import { DiscussionAccessService } from './discussion-access.service';
import { threadRoom } from './posts.service';

type Ack = { ok: true } | { error: { code: string; message: string } };

/** `thread:watch` / `thread:unwatch`: a reader joins a thread's room to see posts arrive live. */
@WebSocketGateway()
export class DiscussionsGateway {
  constructor(private readonly access: DiscussionAccessService) {}

  @SubscribeMessage('thread:watch')
  @ActiveMember()
  async watch(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ack> {
    const threadId = (body as { threadId?: unknown } | null)?.threadId;
    if (!isUuid(threadId)) {
      return { error: { code: 'BAD_USER_INPUT', message: 'threadId: is not a thread id' } };
    }
    try {
      await this.access.thread(viewer, threadId);
    } catch (error) {
      if (error instanceof AppError) return { error: { code: error.code, message: error.message } };
      throw error;
    }
    await socket.join(threadRoom(threadId));
    return { ok: true };
  }

  @SubscribeMessage('thread:unwatch')
  @ActiveMember()
  async unwatch(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const threadId = (body as { threadId?: unknown } | null)?.threadId;
    if (isUuid(threadId)) await socket.leave(threadRoom(threadId));
    return { ok: true };
  }
}
